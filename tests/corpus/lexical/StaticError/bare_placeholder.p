// A bare literal with a placeholder has zero arguments: count mismatch (reference 1.5).
machine Printer {
  start state S {
    entry {
      print "x = {0}"; // error: P0106
    }
  }
}
