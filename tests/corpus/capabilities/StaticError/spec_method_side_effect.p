// The restriction applies to a spec's own methods too (reference 6.4 rule 3).
event eReq;
spec Watchdog observes eReq {
  start state S {
    on eReq do { Pick(); }
  }
  fun Pick(): bool {
    return choose(); // error: P0409
  }
}
