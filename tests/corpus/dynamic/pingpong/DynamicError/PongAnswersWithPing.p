// bug: unhandled-event
// The ponger occasionally (`$`) echoes ePing instead of ePong, which the pinger's state cannot handle (8.5, 8.9).
event ePing: machine;
event ePong;

machine Ponger {
  start state Serve {
    on ePing do (p: machine) {
      if ($) {
        send p, ePong;
      } else {
        send p, ePing, this;
      }
    }
  }
}

machine Main {
  var pong: Ponger;
  start state Pinging {
    entry {
      pong = new Ponger();
      send pong, ePing, this;
    }
    on ePong do {
      send pong, ePing, this;
    }
  }
}
