// `defer null` is a syntax error: evName excludes `null` (reference 2.1, 4.3, 6.7 item 2).
event eWork;
machine Worker {
  start state Busy {
    defer null; // error: P0102
    on eWork do { }
  }
}
