// `+= (v)` is only for sets, `+= (k, v)` only for seq/map; neither works on an int or a tuple (reference 2.4, 6.2).
machine Ops {
  var q: seq[int];
  var s: set[int];
  var n: int;
  var t: (int, int);
  start state S {
    entry {
      q += (1); // error: P0316
      s += (1, 2); // error: P0316
      n += (1, 2); // error: P0316
      t += (0); // error: P0316
    }
  }
}
