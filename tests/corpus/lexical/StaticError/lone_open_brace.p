// A lone `{` in a string literal is a malformed format string (reference 1.5).
machine Printer {
  start state S {
    entry {
      print "config { retries }"; // error: P0105
    }
  }
}
