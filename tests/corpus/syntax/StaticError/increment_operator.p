// There is no `++` operator (reference 2.4).
machine Looper {
  var i: int;
  start state S {
    entry {
      i++; // error: P0102
    }
  }
}
