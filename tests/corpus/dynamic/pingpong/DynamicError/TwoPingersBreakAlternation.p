// bug: assertion
// A spec expects strict ping/pong alternation, but two pingers let two pings happen in a row (8.8, 8.10).
event ePing: machine;
event ePong;

spec Alternation observes ePing, ePong {
  start state ExpectPing {
    on ePing goto ExpectPong;
    on ePong do { assert false, "pong before ping"; }
  }
  state ExpectPong {
    on ePong goto ExpectPing;
    on ePing do { assert false, "two pings in a row"; }
  }
}

machine Ponger {
  start state Serve {
    on ePing do (p: machine) { send p, ePong; }
  }
}

machine Pinger {
  start state Ping {
    entry (pong: machine) {
      send pong, ePing, this;
    }
    on ePong do { }
  }
}

machine Main {
  start state Start {
    entry {
      var pong: Ponger;
      pong = new Ponger();
      new Pinger(pong);
      new Pinger(pong);
    }
  }
}

test tcAlternation [main = Main]: assert Alternation in { Main, Ponger, Pinger };
