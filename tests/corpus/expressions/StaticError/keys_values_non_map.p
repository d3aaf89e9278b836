// `keys`/`values` need a map (reference 6.1, 6.7 other errors).
machine Lister {
  var q: seq[int];
  var s: set[int];
  var out: seq[int];
  start state S {
    entry {
      out = keys(q); // error: P0316
      out = values(s); // error: P0316
    }
  }
}
