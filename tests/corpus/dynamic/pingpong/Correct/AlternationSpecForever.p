// A single pinger and ponger alternate forever, and the alternation spec holds until the step bound (8.8, 8.10).
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

machine Main {
  var pong: Ponger;
  start state Pinging {
    entry {
      pong = new Ponger();
      send pong, ePing, this;
    }
    on ePong do { send pong, ePing, this; }
  }
}

test tcAlternation [main = Main]: assert Alternation in { Main, Ponger };
