// bug: unhandled-event
// A balancer chooses any backend from its seq, including the drained one that rejects requests (8.3 choose(seq)).
event eServe;
event eDrain;

machine Backend {
  start state Up {
    on eServe do { }
    on eDrain goto Drained;
  }
  state Drained {
    ignore eDrain;
  }
}

machine Main {
  start state Balance {
    entry {
      var backends: seq[machine];
      var i: int;
      var b: machine;
      while (i < 3) {
        backends += (i, new Backend());
        i = i + 1;
      }
      send backends[2], eDrain;
      i = 0;
      while (i < 4) {
        b = choose(backends);
        send b, eServe;
        i = i + 1;
      }
    }
  }
}
