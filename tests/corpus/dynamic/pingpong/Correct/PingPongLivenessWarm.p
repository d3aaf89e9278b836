// A spec goes hot on each ping and cold on each pong, while the game runs forever (8.10, 8.11).
event ePing: machine;
event ePong;

spec EveryPingAnswered observes ePing, ePong {
  start cold state Answered {
    on ePing goto Pending;
    ignore ePong;
  }
  hot state Pending {
    on ePong goto Answered;
    ignore ePing;
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

test tcAnswered [main = Main]: assert EveryPingAnswered in { Main, Ponger };
