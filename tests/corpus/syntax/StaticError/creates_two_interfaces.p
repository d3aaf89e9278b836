// `creates` on a foreign function takes exactly one interface name (reference 2.1).
machine Worker {
  start state S { }
}
machine Helper {
  start state S { }
}
fun Spawn(): machine creates Worker, Helper; // error: P0102
