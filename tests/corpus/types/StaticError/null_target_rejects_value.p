// Rule 5.2.13: the null type accepts only null: an event without payload cannot carry a value (reference 5.2, 6.2).
event eDone;
machine Worker {
  start state S {
    entry {
      raise eDone, 0; // error: P0304
    }
    on eDone goto T;
  }
  state T { }
}
