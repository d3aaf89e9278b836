// An `if` condition must be exactly bool (reference 6.2).
machine Branch {
  var count: int;
  var items: seq[int];
  start state S {
    entry {
      if (count) { count = 0; } // error: P0306
      if (items) { } else { } // error: P0306
    }
  }
}
