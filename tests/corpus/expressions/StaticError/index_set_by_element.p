// A set is indexed by position (int), not by element (reference 6.1).
machine Indexer {
  var names: set[string];
  var s: string;
  start state S {
    entry {
      s = names["bob"]; // error: P0310
    }
  }
}
