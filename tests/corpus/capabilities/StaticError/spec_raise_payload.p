// Payload rules apply to raise and goto inside specs too (reference 6.7 item 9 RaiseSendBadValueSpecMachine).
event eReq: int;
event eInternal;
event eCount: int;
spec Tracker observes eReq {
  start state S {
    on eReq do (n: int) {
      if (n > 1) { raise eInternal, n; } // error: P0304
      raise eCount; // error: P0304
    }
    on eInternal goto T;
    on eCount do (c: int) { goto T, c; } // error: P0304
  }
  state T {
    ignore eReq;
  }
}
