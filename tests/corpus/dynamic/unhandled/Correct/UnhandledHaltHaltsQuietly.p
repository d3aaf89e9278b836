// An unhandled `halt` is not a bug: the machine runs its exit and halts (8.5 Halting, 8.9).
event eWork;

machine Worker {
  var done: int;
  start state Busy {
    on eWork do {
      done = done + 1;
    }
    exit {
      assert done == 2, "halt must come after both work items";
    }
  }
}

machine Main {
  start state Start {
    entry {
      var w: Worker;
      w = new Worker();
      send w, eWork;
      send w, eWork;
      send w, halt;
    }
  }
}
