// Ending in a warm (unmarked) state is not a liveness bug; only hot states are (4.6, 8.11).
event eStart;
event eProgress;

spec Phases observes eStart, eProgress {
  start cold state Idle {
    on eStart goto Started;
    ignore eProgress;
  }
  hot state Started {
    on eProgress goto Underway;
    ignore eStart;
  }
  state Underway {
    ignore eStart, eProgress;
  }
}

machine Main {
  start state Run {
    entry {
      announce eStart;
      announce eProgress;
    }
  }
}

test tcPhases [main = Main]: assert Phases in { Main };
