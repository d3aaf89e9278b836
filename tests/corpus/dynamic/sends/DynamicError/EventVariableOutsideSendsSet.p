// bug: runtime-error
// The sends set is checked at runtime: an event chosen at runtime from a table can be one the machine did not declare in `sends` (4.5, 8.7 step 2).
event eRead;
event eWrite;
event eAdmin;

machine Store {
  start state S {
    ignore eRead, eWrite, eAdmin;
  }
}

machine Main sends eRead, eWrite; {
  start state Run {
    entry {
      var ops: seq[event];
      var s: machine;
      s = new Store();
      ops += (0, eRead);
      ops += (1, eWrite);
      ops += (2, eAdmin);
      send s, ops[choose(3)];
    }
  }
}
