// `this` is no lvalue: an lvalue starts with a variable name (reference 2.4).
machine Main {
  start state S {
    entry {
      this = this; // error: P0102
    }
  }
}
