// A machine method conflicts with a state of the same name (reference 3.2 row "function").
machine Door {
  start state Open { }
  state Closed { }
  fun Closed() { } // error: P0201
}
