// bug: liveness
// A worker defers jobs until eResume, which never comes; it idles (no deadlock) but the job spec stays hot (8.9, 8.11).
event eJob: int;
event eResume;
event eFinished: int;

spec JobFinishes observes eJob, eFinished {
  start cold state Idle {
    on eJob goto Busy;
    ignore eFinished;
  }
  hot state Busy {
    on eFinished goto Idle;
    ignore eJob;
  }
}

machine Worker {
  start state Paused {
    defer eJob;
    on eResume goto Running;
  }
  state Running {
    on eJob do (j: int) { announce eFinished, j; }
  }
}

machine Main {
  start state Start {
    entry {
      send new Worker(), eJob, 7;
    }
  }
}

test tcDeferred [main = Main]: assert JobFinishes in { Main, Worker };
