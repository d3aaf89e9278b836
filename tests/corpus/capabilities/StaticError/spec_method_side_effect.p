// The restriction applies to a spec's own methods too: a method that chooses, and the handler calling it, are reported at the functions, as the reference does (reference 6.4 rule 3).
event eReq;
spec Watchdog observes eReq {
  start state S {
    on eReq do { Pick(); } // error: P0411
  }
  fun Pick(): bool { // error: P0409
    return choose();
  }
}
