// Rule 5.2.12: `data` accepts values without permissions: primitives, event, enum, null, nested collections, empty-set permission types.
enum tColor { Red, Blue }
event eTick;
interface IMute() receives;
machine Quiet receives; {
  start state S { }
}
machine Packer {
  var d: data;
  var mute: IMute;
  var q: Quiet;
  var ds: seq[data];
  start state S {
    entry {
      d = 1;
      d = 1.5;
      d = "s";
      d = true;
      d = eTick;
      d = Blue;
      d = null;
      d = (1, ("a", false));
      d = (name = "n", tags = default(set[string]));
      d = default(map[int, seq[tColor]]);
      q = new Quiet();
      mute = q;
      d = mute;
      d = q;
      ds += (0, d);
      d = ds;
    }
  }
}
