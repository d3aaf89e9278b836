// Workers wait at a barrier; it releases everyone only after all arrived, so no worker passes early (8.6).
event eArrive: machine;
event eRelease;
event ePassed;

spec NoEarlyPass observes eArrive, ePassed {
  var arrived: int;
  start state Watch {
    on eArrive do { arrived = arrived + 1; }
    on ePassed do { assert arrived == 3, format("passed with {0} arrived", arrived); }
  }
}

machine Barrier {
  var waiting: seq[machine];
  start state Gather {
    on eArrive do (w: machine) {
      var m: machine;
      waiting += (sizeof(waiting), w);
      if (sizeof(waiting) == 3) {
        foreach (m in waiting) { send m, eRelease; }
      }
    }
  }
}

machine Worker {
  start state Run {
    entry (b: machine) {
      send b, eArrive, this;
      receive { case eRelease: { } }
      announce ePassed;
    }
  }
}

machine Main {
  start state Start {
    entry {
      var b: Barrier;
      b = new Barrier();
      new Worker(b);
      new Worker(b);
      new Worker(b);
    }
  }
}

test tcBarrier [main = Main]: assert NoEarlyPass in { Main, Barrier, Worker };
