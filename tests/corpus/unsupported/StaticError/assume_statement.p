// An `assume` statement is PVerifier-only (reference 1.3, 2.4).
machine Worker {
  var n: int;
  start state S {
    entry {
      assume n >= 0; // error: P0902
    }
  }
}
