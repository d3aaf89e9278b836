// bug: unhandled-event
// A client gives up and moves to Failed; the server's late reply is unhandled there (8.5, 8.10).
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
  state Failed { }
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
