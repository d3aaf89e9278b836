// The `with` handler's parameter must accept the event's payload (reference 6.3).
event eStop: int;
machine Worker {
  start state Running {
    on eStop goto Stopped with (reason: string) { } // error: P0320
  }
  state Stopped { }
}
