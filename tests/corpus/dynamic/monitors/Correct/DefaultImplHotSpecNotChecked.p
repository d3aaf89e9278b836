// DefaultImpl-only program: a spec left in a hot state is not checked, because specs are not attached (7.4, 8.11).
event eRequest;
event eReply;

spec EveryRequestAnswered observes eRequest, eReply {
  start cold state Idle {
    on eRequest goto Waiting;
    ignore eReply;
  }
  hot state Waiting {
    on eReply goto Idle;
    ignore eRequest;
  }
}

machine Main {
  start state Run {
    entry {
      send this, eRequest;
    }
    on eRequest do { }
  }
}
