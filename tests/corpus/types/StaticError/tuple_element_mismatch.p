// Rule 5.2.10: tuple elements must be assignable position by position (reference 5.2).
machine Pairs {
  var p: (int, string);
  start state S {
    entry {
      p = ("a", 1); // error: P0301
    }
  }
}
