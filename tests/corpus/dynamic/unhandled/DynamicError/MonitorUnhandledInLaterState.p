// bug: unhandled-event
// A spec handles eCommit while Preparing but not after it reached Committed (8.8: every state).
event ePrepare;
event eCommit;

spec CommitOnce observes ePrepare, eCommit {
  start state Idle {
    on ePrepare goto Preparing;
    ignore eCommit;
  }
  state Preparing {
    on eCommit goto Committed;
    ignore ePrepare;
  }
  state Committed {
    ignore ePrepare;
  }
}

machine Coordinator {
  start state Run {
    entry {
      var p: Participant;
      p = new Participant();
      send p, ePrepare;
      send p, eCommit;
      send p, eCommit;
    }
  }
}

machine Participant {
  start state Listen {
    ignore ePrepare, eCommit;
  }
}

test tcCommit [main = Coordinator]: assert CommitOnce in { Coordinator, Participant };
