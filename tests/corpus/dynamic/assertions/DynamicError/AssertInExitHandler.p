// bug: assertion
// The exit function of a state runs when a goto leaves it, and its assert fails (8.5 Transition).
event eClose;

machine Main {
  var pending: int;
  start state Active {
    entry {
      pending = 2;
      send this, eClose;
    }
    on eClose goto Closed;
    exit {
      assert pending == 0, format("closing with {0} pending requests", pending);
    }
  }
  state Closed { }
}
