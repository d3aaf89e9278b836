// bug: deadlock
// When the reply arrives before the client's receive, a handler consumes it and the receive blocks (8.6, 8.10).
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
    on eResp do { }
    on eGo do {
      receive {
        case eResp: { }
      }
    }
  }
}
