// Variables have no initialiser syntax (reference 2.3).
machine Holder {
  var count: int = 0; // error: P0102
  start state S { }
}
