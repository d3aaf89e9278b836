// `e.f` on an unnamed tuple or an int is a bad field access (reference 6.1).
machine Reader {
  var t: (int, string);
  var i: int;
  start state S {
    entry {
      i = t.first; // error: P0308
      i = i.value; // error: P0308
    }
  }
}
