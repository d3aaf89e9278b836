// The cancel is sent only after the worker reported the work done, so the work always completes (8.7, 8.11).
event eWork: machine;
event eCancel;
event eCompleted;
event eDoneWorking;

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
    on eWork do (c: machine) {
      announce eCompleted;
      send c, eDoneWorking;
    }
    on eCancel goto Cancelled;
  }
  state Cancelled {
    ignore eWork, eCancel;
  }
}

machine Canceller {
  var worker: machine;
  start state Run {
    entry (w: machine) {
      worker = w;
      send worker, eWork, this;
    }
    on eDoneWorking do {
      send worker, eCancel;
    }
  }
}

machine Main {
  start state Start {
    entry {
      new Canceller(new Worker());
    }
  }
}

test tcOrdered [main = Main]: assert WorkCompletes in { Main, Worker, Canceller };
