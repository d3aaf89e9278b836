// bug: assertion
// A detector suspects a node when a timer tick beats its heartbeat, although the node is alive (8.8, 8.10).
event eHeartbeat: int;
event eTick;
event eSuspect: int;
event eArm: machine;

spec NoFalseSuspicion observes eSuspect {
  start state Watch {
    on eSuspect do (id: int) { assert false, format("node {0} suspected while alive", id); }
  }
}

machine Node {
  start state Alive {
    entry (detector: machine) {
      send detector, eHeartbeat, 1;
    }
  }
}

machine Timer {
  start state Armed {
    on eArm do (d: machine) { send d, eTick; }
  }
}

machine Detector {
  var heard: bool;
  start state Monitoring {
    entry {
      send new Timer(), eArm, this;
      new Node(this);
    }
    on eHeartbeat do (id: int) { heard = true; }
    on eTick do {
      if (!heard) {
        announce eSuspect, 1;
      }
    }
  }
}

test tcDetector [main = Detector]: assert NoFalseSuspicion in { Detector, Node, Timer };
