// bug: liveness
// A supervisor replaces a worker that crashed (`$`) but resends the pending job to the old, halted ref, where it is dropped (8.5, 8.11).
event eJob: (id: int, boss: machine);
event eCrashed;
event eDone: int;
event eStarted: int;
event eFinished: int;

spec JobsFinish observes eStarted, eFinished {
  start cold state Idle {
    on eStarted goto Busy;
    ignore eFinished;
  }
  hot state Busy {
    on eFinished goto Idle;
    ignore eStarted;
  }
}

machine Worker {
  start state Work {
    on eJob do (j: (id: int, boss: machine)) {
      if ($) {
        send j.boss, eCrashed;
        raise halt;
      }
      send j.boss, eDone, j.id;
    }
  }
}

machine Main {
  var worker: machine;
  start state Supervise {
    entry {
      worker = new Worker();
      announce eStarted, 1;
      send worker, eJob, (id = 1, boss = this);
    }
    on eCrashed do {
      var old: machine;
      old = worker;
      worker = new Worker();
      send old, eJob, (id = 1, boss = this);
    }
    on eDone do (id: int) { announce eFinished, id; }
  }
}

test tcSupervisor [main = Main]: assert JobsFinish in { Main, Worker };
