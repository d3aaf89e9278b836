// Global functions may raise, send, create, receive and choose; they act on the calling machine (reference 4.7).
event ePing: machine;
event ePong;
event eAgain;
machine Ponger {
  start state S {
    on ePing do (from: machine) { Reply(from); }
  }
}
fun Reply(to0: machine) { send to0, ePong; }
fun Spawn(): machine { return new Ponger(); }
fun AwaitPong() { receive { case ePong: { } } }
fun MaybeAgain() { if ($) { raise eAgain; } }
fun PickIndex(n: int): int { return choose(n); }
machine Main {
  var p: machine;
  start state S {
    entry {
      p = Spawn();
      send p, ePing, this;
      AwaitPong();
      MaybeAgain();
    }
    on eAgain goto S;
    ignore ePong;
  }
}
