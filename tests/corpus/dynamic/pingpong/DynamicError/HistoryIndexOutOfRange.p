// bug: runtime-error
// The ponger sometimes (`$`) reads the previous round's latency; on the first round that index is out of range (8.3 Indexing).
event ePing: (from: machine, sentAt: int);
event ePong: int;

machine Ponger {
  var latencies: seq[int];
  var clock: int;
  start state Serve {
    on ePing do (p: (from: machine, sentAt: int)) {
      var previous: int;
      clock = clock + 3;
      if ($) {
        previous = latencies[sizeof(latencies) - 1];
      }
      latencies += (sizeof(latencies), clock - p.sentAt);
      send p.from, ePong, clock;
    }
  }
}

machine Main {
  var pong: Ponger;
  start state Pinging {
    entry {
      pong = new Ponger();
      send pong, ePing, (from = this, sentAt = 0);
    }
    on ePong do (t: int) {
      send pong, ePing, (from = this, sentAt = t);
    }
  }
}
