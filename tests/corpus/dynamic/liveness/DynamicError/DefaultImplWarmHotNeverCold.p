// bug: liveness
// Program without tests: the spec alternates between a hot and a warm state forever and never reaches a cold one, so its temperature keeps rising (8.9 DefaultImpl reading, 8.11: only cold resets).
event eReq: machine;
event eResp;

spec Responds observes eReq, eResp {
  start state Idle {
    on eReq goto Waiting;
    ignore eResp;
  }
  hot state Waiting {
    on eResp goto Idle;
    ignore eReq;
  }
}

machine Server {
  start state S {
    on eReq do (c: machine) { send c, eResp; }
  }
}

machine Main {
  var server: machine;
  start state Run {
    entry {
      server = new Server();
      send server, eReq, this;
    }
    on eResp do { send server, eReq, this; }
  }
}
