// A non-ASCII character outside strings and comments is a lexical error (reference 1.6).
machine Caf {
  var prix: int;
  start state S {
    entry {
      prix = 3 × 4; // error: P0101
    }
  }
}
