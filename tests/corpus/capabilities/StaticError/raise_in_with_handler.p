// A `with` handler must not raise (reference 6.4 rule 2).
event eStop;
event eAgain;
machine Worker {
  start state Running {
    on eStop goto Stopped with {
      raise eAgain; // error: P0407
    }
  }
  state Stopped {
    on eAgain do { }
  }
}
