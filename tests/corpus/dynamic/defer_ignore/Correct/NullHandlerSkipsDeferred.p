// `on null` fires when only deferred events are queued; it lets the machine leave the deferring state (8.5 null handler).
event eJob: int;

machine Worker {
  var handled: int;
  start state Warmup {
    defer eJob;
    entry {
      send this, eJob, 1;
      send this, eJob, 2;
    }
    on null goto Ready;
  }
  state Ready {
    on eJob do (j: int) {
      handled = handled + 1;
      assert handled == j;
    }
  }
}

machine Main {
  start state Start {
    entry {
      new Worker();
    }
  }
}
