// A missing `;` between two statements on one line (reference 2.4, 6.7 item 2).
machine Counter {
  var count: int;
  var total: int;
  start state S {
    entry {
      count = 1 total = 2; // error: P0102
    }
  }
}
