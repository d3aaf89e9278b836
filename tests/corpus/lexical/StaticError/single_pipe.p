// A single `|` is not a token (logical or is `||`) (reference 1.6).
machine Gate {
  var a: bool;
  var b: bool;
  start state S {
    entry {
      a = false;
      b = a | true; // error: P0101
    }
  }
}
