// bug: unhandled-event
// A client registers with a directory and asks a server; the server's reply may arrive before the directory's ack (8.10).
event eRegister: machine;
event eRegistered;
event eAsk: machine;
event eAnswer;

machine Directory {
  start state Serve {
    on eRegister do (c: machine) { send c, eRegistered; }
  }
}

machine Server {
  start state Serve {
    on eAsk do (c: machine) { send c, eAnswer; }
  }
}

machine Main {
  start state Joining {
    entry {
      send new Directory(), eRegister, this;
      send new Server(), eAsk, this;
    }
    on eRegistered goto Member;
  }
  state Member {
    on eAnswer do { }
  }
}
