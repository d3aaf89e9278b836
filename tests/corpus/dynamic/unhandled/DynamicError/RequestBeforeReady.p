// bug: unhandled-event
// A server gets a request while still initialising; its Init state has no handler for it (8.5, 8.9).
event eReady;
event eRequest;

machine Server {
  start state Init {
    entry {
      send this, eReady;
    }
    on eReady goto Serving;
  }
  state Serving {
    on eRequest do { }
  }
}

machine Main {
  start state Start {
    entry {
      var s: Server;
      s = new Server();
      send s, eRequest;
    }
  }
}
