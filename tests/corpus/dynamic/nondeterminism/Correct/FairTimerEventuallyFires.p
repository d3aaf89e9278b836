// Program without tests: a timer fires its timeout when `$$` says so and otherwise ticks again; `$$` is always a fair coin, so the waiting spec cools down (8.9 reading, 8.11).
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
      if ($$) {
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
