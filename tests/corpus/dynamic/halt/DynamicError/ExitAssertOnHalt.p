// bug: assertion
// An unhandled halt runs the state's exit before halting; the exit finds unflushed writes (8.5 dispatch, Halting).
event eWrite: int;
event eFlush;

machine Journal {
  var dirty: int;
  start state Open {
    on eWrite do (x: int) { dirty = dirty + 1; }
    on eFlush do { dirty = 0; }
    exit {
      assert dirty == 0, format("halted with {0} unflushed writes", dirty);
    }
  }
}

machine Main {
  start state Start {
    entry {
      var j: Journal;
      j = new Journal();
      send j, eWrite, 1;
      send j, eFlush;
      send j, eWrite, 2;
      send j, halt;
    }
  }
}
