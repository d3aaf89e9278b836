// A global function can never be used as a `with` handler (reference 4.7).
event eStop;
fun Cleanup() { }
machine Clock {
  start state Running {
    on eStop goto Stopped with Cleanup; // error: P0405
  }
  state Stopped { }
}
