// A spec cannot raise the null event either (reference 6.7 items 19-20 RaiseSendNullSpecMachine).
event eReq;
spec Tracker observes eReq {
  start state S {
    on eReq do {
      raise null; // error: P0318
    }
  }
}
