// `creates` inference follows called global functions and foreign `creates` (reference 7.5, 7.2).
machine Worker {
  start state S { }
}
machine Helper {
  start state S { }
}
fun SpawnWorker(): machine creates Worker;
fun MakeHelper() { new Helper(); }
machine Boss {
  start state S {
    entry {
      SpawnWorker();
      MakeHelper();
    }
  }
}
test tcNoWorker [main = Boss]: { Boss, Helper }; // error: P0601
test tcNoHelper [main = Boss]: { Boss, Worker }; // error: P0601
