// bug: assertion
// Monitors observe a send even when its target has already halted and drops it (8.7 steps 3 and 5).
event eJob: int;
event eQuit;

spec NoJobsAfterQuit observes eJob, eQuit {
  start state Open {
    on eJob do (n: int) { }
    on eQuit goto Closed;
  }
  state Closed {
    on eJob do (n: int) { assert false, format("job {0} sent after quit", n); }
    ignore eQuit;
  }
}

machine Worker {
  start state W {
    on eQuit do { raise halt; }
    on eJob do (n: int) { }
  }
}

machine Main {
  start state Run {
    entry {
      var w: machine;
      w = new Worker();
      send w, eJob, 1;
      send w, eQuit;
      send w, eJob, 2;
    }
  }
}

test tcQuit [main=Main]: assert NoJobsAfterQuit in { Main, Worker };
