// bug: deadlock
// Halting discards the inbox: a request queued behind the halt is never answered (8.5 Halting).
event eReq: machine;
event eResp;

machine Server {
  start state Serve {
    on eReq do (c: machine) {
      send c, eResp;
    }
  }
}

machine Main {
  start state Start {
    entry {
      var s: Server;
      s = new Server();
      send s, eReq, this;
      send s, halt;
      send s, eReq, this;
      receive { case eResp: { } }
      receive { case eResp: { } }
    }
  }
}
