// Undeclared events in on/defer/ignore clauses (reference 3.3, 6.7 item 6).
event eReq;
machine Server {
  start state S {
    on eReq do { }
    on eRequest do { } // error: P0205
    defer eLater; // error: P0205
    ignore eNoise; // error: P0205
  }
}
