// The pinger plays ten rounds, then halts the ponger; later pings are dropped by the halted ponger (8.5 Halting).
event ePing: machine;
event ePong: int;

machine Ponger {
  var served: int;
  start state Serve {
    on ePing do (p: machine) {
      served = served + 1;
      send p, ePong, served;
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
    on ePong do (n: int) {
      if (n < 10) {
        send pong, ePing, this;
      } else {
        send pong, halt;
        send pong, ePing, this;
        goto Done;
      }
    }
  }
  state Done {
    ignore ePong;
  }
}
