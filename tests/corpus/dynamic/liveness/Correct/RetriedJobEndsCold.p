// A job may fail (`$`) up to three times before it succeeds; the spec is cold whenever the driver finishes (8.3, 8.11).
event eRun: machine;
event eSucceeded;
event eFailed;
event eSubmitted;
event eCompleted;

spec JobCompletes observes eSubmitted, eCompleted {
  start cold state Idle {
    on eSubmitted goto Running;
    ignore eCompleted;
  }
  hot state Running {
    on eCompleted goto Idle;
    ignore eSubmitted;
  }
}

machine Executor {
  var failures: int;
  start state Ready {
    on eRun do (c: machine) {
      if (failures < 3 && $) {
        failures = failures + 1;
        send c, eFailed;
      } else {
        send c, eSucceeded;
      }
    }
  }
}

machine Main {
  var exec: Executor;
  start state Submitting {
    entry {
      exec = new Executor();
      announce eSubmitted;
      send exec, eRun, this;
    }
    on eFailed do { send exec, eRun, this; }
    on eSucceeded do { announce eCompleted; }
  }
}

test tcRetry [main = Main]: assert JobCompletes in { Main, Executor };
