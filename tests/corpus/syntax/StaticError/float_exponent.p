// There is no exponent syntax for floats (reference 1.4).
machine Meter {
  var f: float;
  start state S {
    entry {
      f = 1.5e3; // error: P0102
    }
  }
}
