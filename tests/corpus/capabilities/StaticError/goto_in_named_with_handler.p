// A named method used as a `with` handler must not goto (reference 6.4 rule 2; reported at the handler, as the reference does).
event eStop;
machine Worker {
  start state Running {
    on eStop goto Stopped with Finish;
  }
  state Stopped { }
  state Crashed { }
  fun Finish() { // error: P0407
    goto Crashed;
  }
}
