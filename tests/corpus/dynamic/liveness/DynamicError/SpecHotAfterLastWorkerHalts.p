// bug: liveness
// Workers halt after one job; the third job is sent to a halted worker and dropped, the run ends on its own with the spec still hot (8.5 Halting, 8.11).
event eJob: machine;
event eDone;
event eAssigned;

spec AllJobsDone observes eAssigned, eDone {
  var open: int;
  start cold state None {
    on eAssigned do { open = 1; goto Some; }
    ignore eDone;
  }
  hot state Some {
    on eAssigned do { open = open + 1; }
    on eDone do { open = open - 1; if (open == 0) { goto None; } }
  }
}

machine Worker {
  start state W {
    on eJob do (boss: machine) { send boss, eDone; raise halt; }
  }
}

machine Main {
  start state Run {
    entry {
      var w: machine;
      w = new Worker();
      announce eAssigned;
      send w, eJob, this;
      announce eAssigned;
      send w, eJob, this;
    }
    on eDone do { }
  }
}

test tcJobs [main=Main]: assert AllJobsDone in { Main, Worker };
