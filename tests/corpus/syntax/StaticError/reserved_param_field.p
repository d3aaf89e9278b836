// `param` is reserved and cannot name a field; `start` cannot name a state (reference 1.2, 1.3).
machine Config {
  var param: int; // error: P0107
  start state Init { }
  state start { } // error: P0107
}
