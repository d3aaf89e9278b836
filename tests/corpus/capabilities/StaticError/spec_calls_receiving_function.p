// A spec must not call a global function that receives or announces; reported at the functions and the spec handler, as the reference does (reference 6.4 rules 3-4).
event eReq;
event eAck;
fun WaitAck() { receive { case eAck: { } } } // error: P0411
fun Shout() { announce eAck; } // error: P0411
spec Auditor observes eReq {
  start state S {
    on eReq do { // error: P0411
      WaitAck();
      Shout();
    }
  }
}
