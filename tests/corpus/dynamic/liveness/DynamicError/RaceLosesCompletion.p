// bug: liveness
// When eCancel overtakes eWork at the worker, the work is ignored and never completes; the spec ends hot (8.10, 8.11).
event eWork;
event eCancel;
event eCompleted;

spec WorkCompletes observes eWork, eCompleted {
  start cold state Idle {
    on eWork goto Pending;
    ignore eCompleted;
  }
  hot state Pending {
    on eCompleted goto Idle;
    ignore eWork;
  }
}

machine Worker {
  start state Ready {
    on eWork do { announce eCompleted; }
    on eCancel goto Cancelled;
  }
  state Cancelled {
    ignore eWork, eCancel;
  }
}

machine Canceller {
  start state Run {
    entry (w: machine) {
      send w, eCancel;
    }
  }
}

machine Main {
  start state Start {
    entry {
      var w: Worker;
      w = new Worker();
      new Canceller(w);
      send w, eWork;
    }
  }
}

test tcRace [main = Main]: assert WorkCompletes in { Main, Worker, Canceller };
