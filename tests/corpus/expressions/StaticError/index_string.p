// Strings cannot be indexed, read or written (reference 6.1 `s[i]` needs a seq, map or set).
machine Main {
  start state S {
    entry {
      var s: string;
      s = "abc";
      s = s[0]; // error: P0310
      s[1] = "x"; // error: P0310
    }
  }
}
