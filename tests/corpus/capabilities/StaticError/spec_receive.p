// A spec must not receive (reference 4.6, 8.6 rule 7).
event eReq;
event eResp;
spec Watchdog observes eReq {
  start state S {
    on eReq do {
      receive { // error: P0409
        case eResp: { }
      }
    }
  }
}
