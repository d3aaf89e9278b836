// The worker halts only after finishing every job it was given, so the job spec ends cold (8.5, 8.11).
event eJob: int;
event eJobDone: int;
event eNoMore;

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
    on eJob do (j: int) { announce eJobDone, j; }
    on eNoMore do { raise halt; }
  }
}

machine Main {
  start state Start {
    entry {
      var w: Worker;
      w = new Worker();
      send w, eJob, 1;
      send w, eJob, 2;
      send w, eNoMore;
    }
  }
}

test tcJobs [main = Main]: assert JobsComplete in { Main, Worker };
