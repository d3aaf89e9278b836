// The inserted value must be assignable to the seq element, map value or set element type (reference 6.2).
machine Lister {
  var q: seq[string];
  var m: map[int, string];
  var s: set[int];
  start state S {
    entry {
      q += (0, 1); // error: P0301
      m += (1, false); // error: P0301
      s += ("x"); // error: P0301
    }
  }
}
