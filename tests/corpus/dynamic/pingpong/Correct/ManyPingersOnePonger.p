// Three pingers share one ponger forever; each pong goes back to its own pinger (8.7, 8.10).
event ePing: machine;
event ePong: machine;

machine Ponger {
  start state Serve {
    on ePing do (p: machine) { send p, ePong, p; }
  }
}

machine Pinger {
  var pong: machine;
  start state Ping {
    entry (p: machine) {
      pong = p;
      send pong, ePing, this;
    }
    on ePong do (who: machine) {
      assert who == this, "received another pinger's pong";
      send pong, ePing, this;
    }
  }
}

machine Main {
  start state Start {
    entry {
      var pong: Ponger;
      pong = new Ponger();
      new Pinger(pong);
      new Pinger(pong);
      new Pinger(pong);
    }
  }
}
