// A bare expression is not a statement; only calls, `new` and the listed forms are (reference 2.4).
machine Main {
  start state S {
    entry {
      var x: int;
      x; // error: P0102
    }
  }
}
