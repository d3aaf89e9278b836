// The same crashing node under a declared test, where the temperature check is off (8.9) and the run never ends on its own, so the hot spec is never reported.
event eBeat;
event eTick: machine;
event ePoll;
event eOverdue;

spec BeatsKeepComing observes eOverdue, eBeat {
  start cold state Fine {
    on eOverdue goto Late;
    ignore eBeat;
  }
  hot state Late {
    on eBeat goto Fine;
    ignore eOverdue;
  }
}

machine Node {
  start state Alive {
    entry (d: machine) { send d, eBeat; send this, eTick, d; }
    on eTick do (d: machine) {
      if ($$) { raise halt; }
      send d, eBeat;
      send this, eTick, d;
    }
  }
}

machine Detector {
  start state Watch {
    entry { send this, ePoll; }
    on eBeat do { }
    on ePoll do {
      if ($$) { announce eOverdue; }
      send this, ePoll;
    }
  }
}

machine Main {
  start state Run {
    entry {
      var d: machine;
      d = new Detector();
      new Node(d);
    }
  }
}

test tcDetector [main=Main]: assert BeatsKeepComing in { Main, Node, Detector };
