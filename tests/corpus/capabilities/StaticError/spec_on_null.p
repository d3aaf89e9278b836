// A spec cannot handle the null event (reference 4.3, 4.6, 6.7 item 19 TransitionOnNullInSpecMachine).
event eReq;
spec Ordering observes eReq {
  start state S {
    on null goto T; // error: P0410
    ignore eReq;
  }
  state T {
    on null do { } // error: P0410
    ignore eReq;
  }
}
