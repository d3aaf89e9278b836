// A named `with` handler takes at most one parameter (reference 6.3).
event eStop: (int, string);
machine Worker {
  start state Running {
    on eStop goto Stopped with Record; // error: P0406
  }
  state Stopped { }
  fun Record(code: int, why: string) { }
}
