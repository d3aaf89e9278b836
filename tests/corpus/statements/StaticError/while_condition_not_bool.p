// A `while` condition must be exactly bool (reference 6.2).
machine Loop {
  var remaining: int;
  start state S {
    entry {
      remaining = 3;
      while (remaining) { remaining = remaining - 1; } // error: P0306
    }
  }
}
