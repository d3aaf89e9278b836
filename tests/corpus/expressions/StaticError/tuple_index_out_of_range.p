// `e.N` requires N below the tuple's arity (reference 6.1, 6.7 item 12 TupleIndexOutOfRange).
machine Reader {
  var t: (int, string);
  var i: int;
  start state S {
    entry {
      i = t.2; // error: P0309
      t.5 = 1; // error: P0309
    }
  }
}
