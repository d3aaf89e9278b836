// A spec must not announce or create machines (reference 4.6, 6.7 item 19 SideEffectsInMonitor).
event eReq;
machine Helper {
  start state S { }
}
spec Watchdog observes eReq {
  start state S {
    on eReq do {
      announce eReq; // error: P0409
      new Helper(); // error: P0409
    }
  }
}
