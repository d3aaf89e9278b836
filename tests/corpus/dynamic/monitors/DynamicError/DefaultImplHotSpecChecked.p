// bug: liveness
// Program without tests: its DefaultImpl attaches every spec (pide reads 7.4 as 8.9 suggests), so the spec left hot at the end is a liveness bug.
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
