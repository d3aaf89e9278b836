// `new M(null)` does not fit an int constructor payload (reference 6.2 payload rule, 6.7 item 9 StartMachineNullParam).
machine Worker {
  var id: int;
  start state S {
    entry (i: int) { id = i; }
  }
}
machine Boss {
  var w: Worker;
  start state S {
    entry {
      w = new Worker(null); // error: P0304
    }
  }
}
