// bug: liveness
// Program without tests: the same timer decides with `$`, which the checker may resolve unfairly (always false), so the armed timer never fires and the spec stays hot (8.9 reading, 8.11).
event eTick: machine;
event eTimeout;
event eArmed;

spec TimeoutFires observes eArmed, eTimeout {
  start cold state Disarmed {
    on eArmed goto Armed;
    ignore eTimeout;
  }
  hot state Armed {
    on eTimeout goto Disarmed;
    ignore eArmed;
  }
}

machine Timer {
  start state Ticking {
    entry (client: machine) {
      announce eArmed;
      send this, eTick, client;
    }
    on eTick do (client: machine) {
      if ($) {
        send client, eTimeout;
        announce eArmed;
      }
      send this, eTick, client;
    }
  }
}

machine Main {
  start state Run {
    entry { new Timer(this); }
    on eTimeout do { }
  }
}
