// bug: assertion
// Two pingers share one ponger whose counter is global, so a pinger can see its pong number jump by two (8.10 interleavings).
event ePing: machine;
event ePong: int;

machine Ponger {
  var count: int;
  start state Serve {
    on ePing do (from: machine) { count = count + 1; send from, ePong, count; }
  }
}

machine Pinger {
  var last: int;
  var ponger: machine;
  start state Play {
    entry (p: machine) { ponger = p; send ponger, ePing, this; }
    on ePong do (n: int) {
      assert last == 0 || n == last + 1, format("pong {0} after {1}", n, last);
      last = n;
      send ponger, ePing, this;
    }
  }
}

machine Main {
  start state Run {
    entry {
      var p: machine;
      p = new Ponger();
      new Pinger(p);
      new Pinger(p);
    }
  }
}
