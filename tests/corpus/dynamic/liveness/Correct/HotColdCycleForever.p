// A non-terminating request loop keeps visiting hot and cold states; hitting the step bound is not a bug (8.10, 8.11).
event eReq: machine;
event eResp;

spec Responsive observes eReq, eResp {
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
  start state Serve {
    on eReq do (c: machine) { send c, eResp; }
  }
}

machine Main {
  var s: Server;
  start state Loop {
    entry {
      s = new Server();
      send s, eReq, this;
    }
    on eResp do { send s, eReq, this; }
  }
}

test tcForever [main = Main]: assert Responsive in { Main, Server };
