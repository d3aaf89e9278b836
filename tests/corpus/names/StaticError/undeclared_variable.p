// A name in an expression that resolves to nothing (reference 3.3, 6.7 item 6).
machine Counter {
  var count: int;
  start state S {
    entry {
      count = cnt + 1; // error: P0202
    }
  }
}
