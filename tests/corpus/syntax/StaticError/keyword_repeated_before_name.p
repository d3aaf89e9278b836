// A keyword written twice is one syntax error at the second one, not a reserved-word error plus a cascade (reference 1.3, 2.3).
machine Main {
  start state Init {
    entry {
      var var count: int; // error: P0102
    }
  }
}
