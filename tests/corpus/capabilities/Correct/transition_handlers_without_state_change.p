// Exit and `with` handlers may send, create, print and call value-returning functions, as long as nothing raises or gotos (reference 6.4 rule 2).
event eStop: int;
event eBye;
machine Peer {
  start state S { ignore eBye; }
}
fun Notify(p: machine) { send p, eBye; }
machine Node {
  var peer: machine;
  var log: seq[string];
  start state Running {
    entry { peer = new Peer(); }
    exit { Notify(peer); log += (0, Describe()); }
    on eStop goto Stopped with (code: int) { Record(code); peer = new Peer(); }
  }
  state Stopped {
    exit Leave;
    ignore eStop;
  }
  fun Describe(): string { return "leaving"; }
  fun Record(code: int) { print format("stopped with {0}", code); }
  fun Leave() { send peer, eBye; }
}
