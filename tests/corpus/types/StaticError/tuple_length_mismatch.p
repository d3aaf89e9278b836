// Rule 5.2.10: tuples must have the same length (reference 5.2).
machine Pairs {
  var p: (int, int);
  start state S {
    entry {
      p = (1, 2, 3); // error: P0301
      p = (1,); // error: P0301
    }
  }
}
