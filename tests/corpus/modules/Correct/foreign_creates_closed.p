// Interfaces created through foreign functions' `creates` and called global functions must be bound (reference 7.5).
machine Worker {
  start state S { }
}
machine Helper {
  start state S { }
}
fun SpawnWorker(): machine creates Worker;
fun MakeHelper(): Helper { return new Helper(); }
machine Boss {
  var w: machine;
  var h: Helper;
  start state S {
    entry {
      w = SpawnWorker();
      h = MakeHelper();
    }
  }
}
test tcBoss [main = Boss]: { Boss, Worker, Helper };
