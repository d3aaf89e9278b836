// There is no `for` loop in P (reference 2.4).
machine Looper {
  var i: int;
  start state S {
    entry {
      for (i = 0; i < 3; i = i + 1) { } // error: P0102
    }
  }
}
