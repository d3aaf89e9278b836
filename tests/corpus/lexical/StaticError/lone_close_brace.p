// A lone `}` in a string literal is a malformed format string (reference 1.5).
machine Printer {
  var s: string;
  start state S {
    entry {
      s = "done }"; // error: P0105
    }
  }
}
