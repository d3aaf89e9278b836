// A named `with` handler that does not exist (reference 3.3).
event eStop;
machine Server {
  start state Running {
    on eStop goto Stopped with Cleanup; // error: P0203
  }
  state Stopped { }
}
