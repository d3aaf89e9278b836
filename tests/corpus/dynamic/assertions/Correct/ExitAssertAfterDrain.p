// A state's exit assert holds because every pending request is served before the close (8.5).
event eServe;
event eClose;

machine Main {
  var pending: int;
  start state Active {
    entry {
      pending = 2;
      send this, eServe;
      send this, eServe;
      send this, eClose;
    }
    on eServe do {
      pending = pending - 1;
    }
    on eClose goto Closed;
    exit {
      assert pending == 0, format("closing with {0} pending", pending);
    }
  }
  state Closed {
    entry {
      assert pending == 0;
    }
  }
}
