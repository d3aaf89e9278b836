// bug: deadlock
// The ponger halts after three pongs; the pinger blocks in receive for the fourth (8.5 Halting, 8.6).
event ePing: machine;
event ePong;

machine Ponger {
  var served: int;
  start state Serve {
    on ePing do (p: machine) {
      send p, ePong;
      served = served + 1;
      if (served == 3) {
        raise halt;
      }
    }
  }
}

machine Main {
  start state Pinging {
    entry {
      var pong: Ponger;
      var i: int;
      pong = new Ponger();
      while (i < 5) {
        send pong, ePing, this;
        receive { case ePong: { } }
        i = i + 1;
      }
    }
  }
}
