// A called function that does not exist, as a statement and in an expression (reference 3.3, 6.7 item 6).
machine Worker {
  var n: int;
  start state S {
    entry {
      Prepare(); // error: P0203
      n = Compute(1) + 1; // error: P0203
    }
  }
}
