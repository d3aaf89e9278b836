// A single-field named tuple value needs a trailing comma: `(id = 1,)` (reference 2.5).
machine Builder {
  var p: (id: int);
  start state S {
    entry {
      p = (id = 1); // error: P0102
    }
  }
}
