// Block comments do not nest: the inner `*/` closes the comment and the rest is not code (reference 1.1).
machine Quiet {
  start state S {
    entry { }
  }
}
/* outer /* inner */ still outer */ // error: P0102
