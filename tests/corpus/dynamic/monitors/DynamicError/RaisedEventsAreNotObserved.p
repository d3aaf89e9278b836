// bug: liveness
// Monitors see sent and announced events only: the machine raises eCommitted internally, so the spec waiting for it stays hot (8.5 raise, 8.8).
event eBegin;
event eCommitted;

spec CommitSeen observes eBegin, eCommitted {
  start cold state Idle {
    on eBegin goto Open;
    ignore eCommitted;
  }
  hot state Open {
    on eCommitted goto Idle;
    ignore eBegin;
  }
}

machine Main {
  start state Run {
    entry {
      announce eBegin;
      raise eCommitted;
    }
    on eCommitted goto Finished;
  }
  state Finished { }
}

test tcCommit [main=Main]: assert CommitSeen in { Main };
