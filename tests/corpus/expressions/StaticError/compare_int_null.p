// Comparing an int with null is a static error (reference 6.1 notes, 6.7 item 11 nullComparison).
machine Cmp {
  var i: int;
  var b: bool;
  start state S {
    entry {
      b = i == null; // error: P0319
      b = null != i; // error: P0319
    }
  }
}
