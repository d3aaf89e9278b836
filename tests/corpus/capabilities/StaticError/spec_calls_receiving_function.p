// A spec must not call a global function that receives or announces (reference 6.4 rule 4).
event eReq;
event eAck;
fun WaitAck() { receive { case eAck: { } } }
fun Shout() { announce eAck; }
spec Auditor observes eReq {
  start state S {
    on eReq do {
      WaitAck(); // error: P0411
      Shout(); // error: P0411
    }
  }
}
