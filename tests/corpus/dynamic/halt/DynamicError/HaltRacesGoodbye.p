// bug: deadlock
// A session gets eStop from its owner and halt from a watchdog; if halt wins, the goodbye the owner waits for never comes (8.5, 8.10).
event eStop: machine;
event eBye;
event eKill: machine;

machine Session {
  start state Open {
    on eStop do (owner: machine) { send owner, eBye; }
  }
}

machine Watchdog {
  start state Watch {
    on eKill do (s: machine) { send s, halt; }
  }
}

machine Main {
  start state Run {
    entry {
      var s: Session;
      s = new Session();
      send new Watchdog(), eKill, s;
      send s, eStop, this;
      receive { case eBye: { } }
    }
  }
}
