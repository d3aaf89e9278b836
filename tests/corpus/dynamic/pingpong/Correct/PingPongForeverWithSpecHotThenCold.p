// An endless ping-pong under a declared test, the spec goes hot on every ping and cold on every pong; the run only ends at the step bound, which is not a bug (8.10, 8.11).
event ePing: machine;
event ePong: int;

spec EveryPingAnswered observes ePing, ePong {
  var round: int;
  start cold state Calm {
    on ePing goto Owed;
    ignore ePong;
  }
  hot state Owed {
    on ePong goto Calm with (r: int) {
      assert r == round + 1, format("pong {0} after round {1}", r, round);
      round = r;
    }
  }
}

machine Ponger {
  var count: int;
  start state Serve {
    on ePing do (from: machine) {
      count = count + 1;
      send from, ePong, count;
    }
  }
}

machine Main {
  var ponger: machine;
  start state Play {
    entry {
      ponger = new Ponger();
      send ponger, ePing, this;
    }
    on ePong do (r: int) { send ponger, ePing, this; }
  }
}

test tcForever [main=Main]: assert EveryPingAnswered in { Main, Ponger };
