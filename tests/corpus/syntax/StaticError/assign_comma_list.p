// An assignment has exactly one right-hand side: `x = 1, 2;` is a syntax error (reference 2.4).
machine Assigner {
  var x: int;
  start state S {
    entry {
      x = 1, 2; // error: P0102
    }
  }
}
