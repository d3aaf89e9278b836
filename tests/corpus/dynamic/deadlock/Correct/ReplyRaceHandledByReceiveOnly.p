// The reply is only ever taken by receive (no handler competes for it), so it cannot be lost (8.6, 8.10).
event eReq: machine;
event eResp;
event eGo;

machine Server {
  start state Serve {
    on eReq do (c: machine) {
      send c, eResp;
    }
  }
}

machine Main {
  start state Ask {
    entry {
      var s: Server;
      s = new Server();
      send s, eReq, this;
      send this, eGo;
    }
    defer eResp;
    on eGo do {
      receive {
        case eResp: { }
      }
    }
  }
}
