// `print` takes exactly one expression: `print "a", b;` is a syntax error (reference 2.4).
machine Printer {
  var b: int;
  start state S {
    entry {
      print "a", b; // error: P0102
    }
  }
}
