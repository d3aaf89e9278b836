// Machines idling forever with deferred events still queued are not a deadlock (8.9 "not bugs").
event eJob: int;
event eNever;

machine Worker {
  start state Paused {
    defer eJob;
    on eNever goto Running;
  }
  state Running {
    on eJob do (j: int) { }
  }
}

machine Main {
  start state Start {
    entry {
      var w: Worker;
      w = new Worker();
      send w, eJob, 1;
      send w, eJob, 2;
    }
  }
}
