// An `if` condition must be parenthesised (reference 2.4).
machine Checker {
  var x: int;
  start state S {
    entry {
      if x > 0 { x = 0; } // error: P0102
    }
  }
}
