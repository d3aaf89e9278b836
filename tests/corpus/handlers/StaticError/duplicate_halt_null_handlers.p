// `halt` and `null` count as events for the duplicate-handler rule (reference 6.3).
machine Worker {
  start state S {
    on halt do { }
    ignore halt; // error: P0403
    on null do { }
    on null goto T; // error: P0403
  }
  state T { }
}
