// goto checks its argument against the entry parameter directly: a 1-tuple is not its element (reference 6.2 goto).
machine Main {
  start state S {
    entry { goto T, (1,); } // error: P0304
  }
  state T {
    entry (n: int) { }
  }
}
