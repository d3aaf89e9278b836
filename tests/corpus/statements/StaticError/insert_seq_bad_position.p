// `seq += (i, v)` needs an int position (reference 6.2).
machine Lister {
  var q: seq[string];
  start state S {
    entry {
      q += ("0", "a"); // error: P0316
      q += (1.0, "b"); // error: P0316
    }
  }
}
