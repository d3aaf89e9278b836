// Indexing a value that is not a seq, set or map (reference 6.1).
machine Indexer {
  var n: int;
  var t: (int, int);
  start state S {
    entry {
      n = n[0]; // error: P0310
      n = t[1]; // error: P0310
    }
  }
}
