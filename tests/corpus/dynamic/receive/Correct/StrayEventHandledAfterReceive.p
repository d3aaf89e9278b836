// Receive skips a queued non-matching event, which the state handles afterwards (8.6 steps 2-3).
event eStray;
event eResp;
event eReq: machine;

machine Server {
  start state Serve {
    on eReq do (c: machine) {
      send c, eResp;
    }
  }
}

machine Main {
  var gotResp: bool;
  start state Ask {
    entry {
      var s: Server;
      s = new Server();
      send this, eStray;
      send s, eReq, this;
      receive {
        case eResp: { gotResp = true; }
      }
    }
    on eStray do {
      assert gotResp, "eStray must wait until the entry (and its receive) finished";
    }
  }
}
