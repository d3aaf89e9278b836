// Program without tests: the same endless request/response loop, but the spec's idle state is cold, so every response resets the temperature (8.11).
event eReq: machine;
event eResp;

spec Responds observes eReq, eResp {
  start cold state Idle {
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
