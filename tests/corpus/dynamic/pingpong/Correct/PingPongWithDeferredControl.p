// A ponger defers control messages while a round is in flight and handles them between rounds; the ping-pong itself never ends (8.5 defer, 8.10).
event ePing: machine;
event ePong;
event eStats: machine;
event eStatsReply: int;

machine Ponger {
  var rounds: int;
  start state Idle {
    on ePing goto InRound;
    on eStats do (who: machine) { send who, eStatsReply, rounds; }
  }
  state InRound {
    defer eStats;
    entry (from: machine) {
      rounds = rounds + 1;
      send from, ePong;
      goto Idle;
    }
  }
}

machine Observer {
  var last: int;
  start state Watch {
    entry (p: machine) { send p, eStats, this; }
    on eStatsReply do (n: int) { assert n >= last; last = n; }
  }
}

machine Main {
  var ponger: machine;
  start state Play {
    entry {
      ponger = new Ponger();
      new Observer(ponger);
      send ponger, ePing, this;
    }
    on ePong do { send ponger, ePing, this; }
  }
}
