// Named modules combined with union form the closed system; the spec watches every bound machine (7.1, 7.6).
event eReq: machine;
event eResp;

spec Answered observes eReq, eResp {
  var open: int;
  start cold state Idle {
    on eReq goto Busy with { open = 1; }
    ignore eResp;
  }
  hot state Busy {
    on eReq do { open = open + 1; }
    on eResp do {
      open = open - 1;
      if (open == 0) { goto Idle; }
    }
  }
}

machine Server {
  start state Serve {
    on eReq do (c: machine) { send c, eResp; }
  }
}

machine Client {
  start state Ask {
    entry (s: machine) { send s, eReq, this; }
    on eResp do { }
  }
}

machine Driver {
  start state Start {
    entry {
      var s: Server;
      s = new Server();
      new Client(s);
      new Client(s);
    }
  }
}

module Backend = { Server };
module Frontend = { Client };

test tcUnion [main = Driver]: assert Answered in (union Backend, Frontend, { Driver });
