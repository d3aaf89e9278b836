// A `with` handler must not raise (reference 6.4 rule 2; reported at the handler, as the reference does).
event eStop;
event eAgain;
machine Worker {
  start state Running {
    on eStop goto Stopped with { // error: P0407
      raise eAgain;
    }
  }
  state Stopped {
    on eAgain do { }
  }
}
