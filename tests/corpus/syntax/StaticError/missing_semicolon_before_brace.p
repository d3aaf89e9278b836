// A missing `;` before `}` (reference 2.4, 6.7 item 2).
machine Counter {
  var count: int;
  start state S {
    entry { count = count + 1 } // error: P0102
  }
}
