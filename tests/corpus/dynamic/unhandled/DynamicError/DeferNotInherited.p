// bug: unhandled-event
// eData is deferred in Connecting but the Connected state neither handles nor defers it (8.5 defer).
event eData: int;
event eConnected;

machine Sink {
  start state Connecting {
    defer eData;
    on eConnected goto Connected;
  }
  state Connected {
    ignore eConnected;
  }
}

machine Main {
  start state Start {
    entry {
      var s: Sink;
      s = new Sink();
      send s, eData, 1;
      send s, eConnected;
    }
  }
}
