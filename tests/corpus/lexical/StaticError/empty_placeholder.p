// `{}` is a placeholder without digits (reference 1.5).
machine Main {
  start state S {
    entry {
      var s: string;
      s = "set: {}"; // error: P0105
    }
  }
}
