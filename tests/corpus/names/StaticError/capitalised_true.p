// `True` is an identifier, not the literal `true` (reference 1.3).
machine Flag {
  var enabled: bool;
  start state S {
    entry {
      enabled = True; // error: P0202
    }
  }
}
