// A spec must not announce or create machines: `announce` is reported where written, the statement `new M();` at the handler, as the reference does (reference 4.6, 6.7 item 19 SideEffectsInMonitor).
event eReq;
machine Helper {
  start state S { }
}
spec Watchdog observes eReq {
  start state S {
    on eReq do { // error: P0409
      announce eReq; // error: P0409
      new Helper();
    }
  }
}
