// Statements after a raise or goto in the same handler never run (8.5 raise/goto abandon the handler).
event eStop;
event eGo;

machine Main {
  start state Running {
    entry {
      send this, eGo;
    }
    on eGo do {
      raise eStop;
      assert false, "unreachable after raise";
    }
    on eStop do {
      Leave();
      assert false, "unreachable after a goto in a callee";
    }
  }
  state Stopped { }
  fun Leave() {
    goto Stopped;
  }
}
