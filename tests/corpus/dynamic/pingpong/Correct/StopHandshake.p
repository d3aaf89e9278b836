// The pinger stops only after the in-flight pong arrived, and ignores any stray pong afterwards (8.5 ignore).
event ePing: machine;
event ePong;
event eStop;

machine Ponger {
  start state Serve {
    on ePing do (p: machine) { send p, ePong; }
    on eStop do { raise halt; }
  }
}

machine Main {
  var pong: Ponger;
  var rounds: int;
  start state Pinging {
    entry {
      pong = new Ponger();
      send pong, ePing, this;
      send pong, ePing, this;
    }
    on ePong do {
      rounds = rounds + 1;
      if (rounds == 2) {
        send pong, eStop;
        goto Stopped;
      }
    }
  }
  state Stopped {
    ignore ePong;
  }
}
