// `x in c` needs x assignable to the element (seq/set) or key (map) type (reference 6.1, 6.7 item 11).
machine Finder {
  var q: seq[int];
  var m: map[string, int];
  var b: bool;
  start state S {
    entry {
      b = "1" in q; // error: P0305
      b = 1 in m; // error: P0305
    }
  }
}
