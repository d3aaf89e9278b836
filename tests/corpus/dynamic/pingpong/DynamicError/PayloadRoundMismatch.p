// bug: assertion
// Two pings are in flight at once, and the pinger assumes each pong answers its latest ping (8.7, 8.10).
event ePing: (from: machine, round: int);
event ePong: int;

machine Ponger {
  start state Serve {
    on ePing do (p: (from: machine, round: int)) {
      send p.from, ePong, p.round;
    }
  }
}

machine Main {
  var pong: Ponger;
  var round: int;
  start state Pinging {
    entry {
      pong = new Ponger();
      round = 1;
      send pong, ePing, (from = this, round = round);
      round = 2;
      send pong, ePing, (from = this, round = round);
    }
    on ePong do (r: int) {
      assert r == round, format("pong for round {0} while at round {1}", r, round);
      round = round + 1;
      send pong, ePing, (from = this, round = round);
    }
  }
}
