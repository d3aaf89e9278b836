// `t.1.0` is a nested tuple access, not the float `1.0`: floats are three tokens (reference 1.1, 1.4).
machine Pairs {
  var t: (int, (int, bool));
  var n: int;
  var f: float;
  start state S {
    entry {
      t = (1, (2, true));
      n = t.1.0;
      f = 1.0;
      assert t.1.1;
    }
  }
}
