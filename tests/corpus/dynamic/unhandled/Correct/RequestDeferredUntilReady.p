// A server defers requests while initialising and serves them once ready: nothing unhandled (8.5).
event eReady;
event eRequest: int;

machine Server {
  var served: int;
  start state Init {
    defer eRequest;
    entry {
      send this, eReady;
    }
    on eReady goto Serving;
  }
  state Serving {
    on eRequest do (id: int) {
      served = served + 1;
    }
  }
}

machine Main {
  start state Start {
    entry {
      var s: Server;
      s = new Server();
      send s, eRequest, 1;
      send s, eRequest, 2;
    }
  }
}
