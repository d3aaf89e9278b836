// A spec method must not receive either (reference 4.6, 6.4 rule 3).
event eReq;
event eAck;
spec Tracker observes eReq {
  start state S {
    on eReq do { Wait(); }
  }
  fun Wait() {
    receive { case eAck: { } } // error: P0409
  }
}
