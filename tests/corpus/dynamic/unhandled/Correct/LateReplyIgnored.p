// A client that times out ignores the late reply in its Failed state, so nothing is unhandled (8.5).
event eRequest: machine;
event eReply;
event eTimeout;

machine Client {
  start state Waiting {
    entry (server: machine) {
      send server, eRequest, this;
      send this, eTimeout;
    }
    on eReply goto Done;
    on eTimeout goto Failed;
  }
  state Done {
    ignore eTimeout;
  }
  state Failed {
    ignore eReply;
  }
}

machine Server {
  start state Serve {
    on eRequest do (c: machine) {
      send c, eReply;
    }
  }
}

machine Main {
  start state Start {
    entry {
      new Client(new Server());
    }
  }
}
