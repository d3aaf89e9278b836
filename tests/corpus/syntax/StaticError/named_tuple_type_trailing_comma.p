// Named tuple types take no trailing comma (reference 2.2).
machine Main {
  var t: (id: int,); // error: P0102
  start state S { }
}
