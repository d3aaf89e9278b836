// bug: unhandled-event
// The pinger sends a stop and moves to Stopped while a pong is still in flight, which Stopped cannot handle (8.5, 8.10).
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
  start state Pinging {
    entry {
      pong = new Ponger();
      send pong, ePing, this;
      send pong, ePing, this;
    }
    on ePong goto Stopped with {
      send pong, eStop;
    }
  }
  state Stopped { }
}
