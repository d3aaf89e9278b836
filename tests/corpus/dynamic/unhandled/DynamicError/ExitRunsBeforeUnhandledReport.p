// bug: assertion
// For an unhandled event a machine first runs the state's exit; the exit's failing assert is the bug reported (8.5 dispatch).
event eOpen;
event eUnexpected;

machine Valve {
  var open: bool;
  start state Closed {
    on eOpen do { open = true; }
    exit {
      assert !open, "valve left open while leaving Closed";
    }
  }
}

machine Main {
  start state Start {
    entry {
      var v: Valve;
      v = new Valve();
      send v, eOpen;
      send v, eUnexpected;
    }
  }
}
