// Arity is checked for machine methods and for call statements as well (reference 6.1, 6.2).
machine Worker {
  start state S {
    entry {
      Reset(1); // error: P0302
    }
  }
  fun Reset() { }
}
