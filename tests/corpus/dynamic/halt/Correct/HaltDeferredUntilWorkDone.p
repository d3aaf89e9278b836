// A worker defers `halt` while it has work queued; the halt is taken only in Idle, where it is unhandled and halts the machine quietly (8.5 Halting, defer).
event eJob: int;
event eFinish;

machine Worker {
  var done: int;
  start state Working {
    defer halt;
    on eJob do (n: int) { done = done + n; }
    on eFinish goto Idle;
  }
  state Idle {
    entry { assert done == 6, format("halt overtook work: {0}", done); }
  }
}

machine Main {
  start state Run {
    entry {
      var w: machine;
      w = new Worker();
      send w, eJob, 1;
      send w, halt;
      send w, eJob, 2;
      send w, eJob, 3;
      send w, eFinish;
    }
  }
}
