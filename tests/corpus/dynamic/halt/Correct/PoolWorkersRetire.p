// Workers halt after one job each; later jobs sent to them are dropped, and a monitor sees every send (8.5, 8.7).
event eJob: int;

spec JobsNumbered observes eJob {
  var last: int;
  start state Watch {
    on eJob do (j: int) {
      assert j == last + 1, format("job {0} after {1}", j, last);
      last = j;
    }
  }
}

machine Worker {
  start state Idle {
    on eJob do (j: int) { raise halt; }
  }
}

machine Main {
  start state Start {
    entry {
      var pool: seq[Worker];
      var i: int;
      pool += (0, new Worker());
      pool += (1, new Worker());
      while (i < 6) {
        send pool[i % 2], eJob, i + 1;
        i = i + 1;
      }
    }
  }
}

test tcPool [main = Main]: assert JobsNumbered in { Main, Worker };
