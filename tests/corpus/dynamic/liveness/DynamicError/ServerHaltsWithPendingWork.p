// bug: liveness
// The worker halts after its first job, dropping the second, so the job spec ends hot (8.5 Halting, 8.11).
event eJob: int;
event eJobDone: int;

spec JobsComplete observes eJob, eJobDone {
  var open: set[int];
  start cold state AllDone {
    on eJob goto Working with (j: int) { open += (j); }
    ignore eJobDone;
  }
  hot state Working {
    on eJob do (j: int) { open += (j); }
    on eJobDone do (j: int) {
      open -= j;
      if (sizeof(open) == 0) {
        goto AllDone;
      }
    }
  }
}

machine Worker {
  start state Run {
    on eJob do (j: int) {
      announce eJobDone, j;
      raise halt;
    }
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

test tcJobs [main = Main]: assert JobsComplete in { Main, Worker };
