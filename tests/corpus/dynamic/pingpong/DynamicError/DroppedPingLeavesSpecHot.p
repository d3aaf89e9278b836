// bug: liveness
// The ponger silently drops the third ping, so the round-trip spec is hot when the program terminates (8.11).
event ePing: machine;
event ePong;

spec RoundTrip observes ePing, ePong {
  start cold state Idle {
    on ePing goto Waiting;
    ignore ePong;
  }
  hot state Waiting {
    on ePong goto Idle;
    ignore ePing;
  }
}

machine Ponger {
  var seen: int;
  start state Serve {
    on ePing do (p: machine) {
      seen = seen + 1;
      if (seen != 3) {
        send p, ePong;
      }
    }
  }
}

machine Main {
  var pong: Ponger;
  var rounds: int;
  start state Pinging {
    entry {
      pong = new Ponger();
      send pong, ePing, this;
    }
    on ePong do {
      rounds = rounds + 1;
      if (rounds < 5) {
        send pong, ePing, this;
      }
    }
  }
}

test tcRoundTrip [main = Main]: assert RoundTrip in { Main, Ponger };
