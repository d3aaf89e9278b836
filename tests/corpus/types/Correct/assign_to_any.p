// Rule 5.2.1: every type, including null, machine references and foreign values, is assignable to `any`.
type tHandle;
fun Open(): tHandle;
event eNote;
enum tKind { K1, K2 }
machine Box {
  var a: any;
  var all: seq[any];
  start state S {
    entry {
      a = 1;
      a = 2.5;
      a = "text";
      a = true;
      a = null;
      a = eNote;
      a = K2;
      a = this;
      a = (1, "x");
      a = (n = 1,);
      a = default(map[int, seq[bool]]);
      a = Open();
      all += (0, a);
      all += (1, this);
    }
  }
}
