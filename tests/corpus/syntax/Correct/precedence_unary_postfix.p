// Precedence: `-t.0` is `-(t.0)`; postfix binds tighter than prefix (reference 2.5).
machine Neg {
  var t: (int, float);
  var i: int;
  var f: float;
  var xs: seq[int];
  start state S {
    entry {
      t = (4, 2.5);
      i = -t.0;
      f = -t.1;
      xs += (0, 9);
      i = -xs[0] * 2;
      assert i == -18;
      assert !(i > 0);
    }
  }
}
