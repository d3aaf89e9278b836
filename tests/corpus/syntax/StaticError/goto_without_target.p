// `goto` needs a state name (reference 2.4).
machine Jumper {
  start state A {
    entry {
      goto; // error: P0102
    }
  }
}
