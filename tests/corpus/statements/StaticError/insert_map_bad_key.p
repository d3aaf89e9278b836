// `map += (k, v)` needs k assignable to the key type (reference 6.2).
machine Index {
  var m: map[string, int];
  start state S {
    entry {
      m += (1, 1); // error: P0316
    }
  }
}
