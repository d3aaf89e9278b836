// Events sent to a halted machine are dropped silently; that is not a bug (8.5 Halting, 8.9 not bugs).
event eJob: int;

machine Worker {
  start state Work {
    on eJob do (j: int) {
      if (j == 2) {
        raise halt;
      }
    }
  }
}

machine Main {
  start state Start {
    entry {
      var w: Worker;
      var i: int;
      w = new Worker();
      while (i < 6) {
        send w, eJob, i;
        i = i + 1;
      }
    }
  }
}
