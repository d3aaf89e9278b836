// `5.` is not a float literal: digits are required after the dot (reference 1.4).
machine Meter {
  var f: float;
  start state S {
    entry {
      f = 5.; // error: P0102
    }
  }
}
