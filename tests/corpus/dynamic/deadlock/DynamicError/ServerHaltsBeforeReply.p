// bug: deadlock
// The server halts before the request arrives; the request is dropped and the client waits (8.5, 8.6).
event eReq: machine;
event eResp;

machine Server {
  start state Serve {
    entry {
      raise halt;
    }
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
      receive {
        case eResp: { }
      }
    }
  }
}
