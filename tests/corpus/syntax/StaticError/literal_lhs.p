// A literal cannot be on the left of `=` (reference 2.4, 6.7 item 2).
machine Assigner {
  var x: int;
  start state S {
    entry {
      1 = x; // error: P0102
    }
  }
}
