// `e.N` requires an unnamed tuple: not a named tuple, not an int (reference 6.1).
machine Reader {
  var r: (id: int, ok: bool);
  var i: int;
  start state S {
    entry {
      i = r.0; // error: P0309
      i = i.0; // error: P0309
    }
  }
}
