// A seq is indexed by int and a map by its key type (reference 6.1).
machine Indexer {
  var q: seq[string];
  var m: map[string, int];
  var s: string;
  var n: int;
  start state S {
    entry {
      s = q["0"]; // error: P0310
      n = m[0]; // error: P0310
    }
  }
}
