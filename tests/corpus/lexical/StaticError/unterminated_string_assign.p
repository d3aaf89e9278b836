// An unterminated string literal in an assignment (reference 1.4, code P0103).
machine Namer {
  var name: string;
  start state S {
    entry {
      name = "unclosed; // error: P0103
      name = "closed";
    }
  }
}
