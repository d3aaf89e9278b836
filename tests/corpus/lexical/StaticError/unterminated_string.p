// A string literal must be closed on its line (reference 1.4, code P0103).
machine Talker {
  start state S {
    entry {
      print "this string never ends; // error: P0103
    }
  }
}
