// format() renders values in P's string forms: True, 2.5, (1, 2), (<a>), (<k->v>), <1,x,>, <id:1, ok:True, > (8.2).
enum tColor { Red, Green }
event ePing;

machine Main {
  start state Show {
    entry {
      var s: seq[int];
      var st: set[string];
      var m: map[int, string];
      var nothing: any;
      s += (0, 1);
      s += (1, 2);
      st += ("b");
      st += ("a");
      m[2] = "two";
      m[1] = "one";
      assert format("{0}|{1}|{2}", true, false, 2.5) == "True|False|2.5";
      assert format("{0}", s) == "(1, 2)", format("seq printed as {0}", s);
      assert format("{0}", st) == "(<a>, <b>)", format("set printed as {0}", st);
      assert format("{0}", m) == "(<1->one>, <2->two>)", format("map printed as {0}", m);
      assert format("{0}", (1, "x")) == "<1,x,>";
      assert format("{0}", (id = 1, ok = true)) == "<id:1, ok:True, >";
      assert format("[{0}]", nothing) == "[]";
      assert format("{0}{1}", Green, ePing) == "1ePing";
      assert format("{0}", 2.0) == "2" && format("{0}", -3) == "-3";
    }
  }
}
