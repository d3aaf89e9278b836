// Alignment and format specifiers such as `{0,5}` and `{0:F2}` are rejected (reference 1.5).
machine Printer {
  var v: float;
  start state S {
    entry {
      v = 1.5;
      print format("{0,5}", v); // error: P0105
      print format("{0:F2}", v); // error: P0105
    }
  }
}
