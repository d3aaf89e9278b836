// A spec must not use `this` (reference 4.6).
event eReq;
spec Watchdog observes eReq {
  var me: any;
  start state S {
    entry {
      me = this; // error: P0409
    }
    ignore eReq;
  }
}
