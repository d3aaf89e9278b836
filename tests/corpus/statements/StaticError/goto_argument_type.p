// The goto argument must be assignable to the entry's parameter type (reference 6.2).
machine Walker {
  start state A {
    entry {
      goto B, "five"; // error: P0304
    }
  }
  state B {
    entry (n: int) { }
  }
}
