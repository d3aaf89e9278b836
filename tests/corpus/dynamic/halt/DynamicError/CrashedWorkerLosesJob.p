// bug: deadlock
// A worker may crash (halt) before its job arrives; the job is dropped and the coordinator waits forever (8.5 Halting).
event eJob: machine;
event eResult: int;

machine Worker {
  start state Up {
    entry {
      if ($) {
        raise halt;
      }
    }
    on eJob do (boss: machine) {
      send boss, eResult, 1;
    }
  }
}

machine Main {
  start state Dispatch {
    entry {
      var i: int;
      var w: Worker;
      while (i < 2) {
        w = new Worker();
        send w, eJob, this;
        i = i + 1;
      }
      i = 0;
      while (i < 2) {
        receive {
          case eResult: (r: int) { }
        }
        i = i + 1;
      }
    }
  }
}
