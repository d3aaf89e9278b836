// `-=` takes an int index for seq, a key for map, an element for set; it needs a collection (reference 6.2).
machine Ops {
  var q: seq[string];
  var m: map[string, int];
  var s: set[bool];
  var n: int;
  start state S {
    entry {
      q -= "a"; // error: P0316
      m -= 1; // error: P0316
      s -= 0; // error: P0316
      n -= 1; // error: P0316
    }
  }
}
