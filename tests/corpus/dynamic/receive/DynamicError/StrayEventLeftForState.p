// bug: unhandled-event
// Receive leaves non-matching events queued; the state later meets eStray and cannot handle it (8.6 step 2).
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
  start state Ask {
    entry {
      var s: Server;
      s = new Server();
      send this, eStray;
      send s, eReq, this;
      receive {
        case eResp: { }
      }
    }
  }
}
