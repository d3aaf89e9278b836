// The `float(b, e)` literal form is not supported (reference 1.4, App. B 7).
machine Meter {
  var f: float;
  start state S {
    entry {
      f = float(3, 2); // error: P0904
    }
  }
}
