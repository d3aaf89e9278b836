// Two independent errors in one statement are both reported on its line: a non-machine target and the null event (reference 6.2).
machine Sender {
  var count: int;
  start state S {
    entry {
      send count, null; // error: P0318, P0323
      send "x", 1; // error: P0322, P0323
    }
  }
}
