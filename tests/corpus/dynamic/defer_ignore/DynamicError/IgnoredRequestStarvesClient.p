// bug: deadlock
// A busy server ignores requests instead of deferring them, so a client's request can be lost (8.5 ignore, 8.6).
event eReq: machine;
event eResp;
event eDone;

machine Server {
  start state Idle {
    on eReq goto Busy with (c: machine) {
      send c, eResp;
    }
  }
  state Busy {
    ignore eReq;
    entry {
      send this, eDone;
    }
    on eDone goto Idle;
  }
}

machine Client {
  start state Ask {
    entry (s: machine) {
      send s, eReq, this;
      receive {
        case eResp: { }
      }
    }
  }
}

machine Main {
  start state Start {
    entry {
      var s: Server;
      s = new Server();
      new Client(s);
      new Client(s);
    }
  }
}
