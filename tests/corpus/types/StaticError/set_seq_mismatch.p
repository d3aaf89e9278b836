// Rule 5.2.8: seq and set are different type constructors (reference 5.2, 6.7 item 8 SetImpl).
machine Bag {
  var s: set[int];
  var q: seq[int];
  start state S {
    entry {
      s = q; // error: P0301
    }
  }
}
