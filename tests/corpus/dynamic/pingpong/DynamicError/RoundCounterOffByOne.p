// bug: assertion
// The pinger stops after five rounds but its final assert expects six pongs (8.4 assert).
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
      if (n < 5) {
        send pong, ePing, this;
      } else {
        goto Finished, n;
      }
    }
  }
  state Finished {
    entry (rounds: int) {
      assert rounds == 6, format("finished after {0} rounds", rounds);
    }
  }
}
