// Three stages forward a token only after the sink acknowledged the previous stage, so the sink sees them in order (8.6, 8.10).
event eToken: (stage: int, from: machine);
event eAck;
event eGo;

machine Sink {
  var last: int;
  start state Collect {
    on eToken do (t: (stage: int, from: machine)) {
      assert t.stage == last + 1, format("stage {0} after {1}", t.stage, last);
      last = t.stage;
      send t.from, eAck;
    }
  }
}

machine Stage {
  var id: int;
  var sink: machine;
  var next: machine;
  start state Wait {
    entry (cfg: (id: int, sink: machine, next: machine)) {
      id = cfg.id;
      sink = cfg.sink;
      next = cfg.next;
    }
    on eGo do {
      send sink, eToken, (stage = id, from = this);
      receive { case eAck: { } }
      if (next != null) {
        send next, eGo;
      }
    }
  }
}

machine Main {
  start state Start {
    entry {
      var sink: Sink;
      var s3: machine;
      var s2: machine;
      var s1: machine;
      sink = new Sink();
      s3 = new Stage((id = 3, sink = sink, next = null));
      s2 = new Stage((id = 2, sink = sink, next = s3));
      s1 = new Stage((id = 1, sink = sink, next = s2));
      send s1, eGo;
    }
  }
}
