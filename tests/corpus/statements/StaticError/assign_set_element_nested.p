// Set elements cannot be assigned, even when the set sits inside a map or a tuple (reference 6.2, 6.7 item 13).
machine Groups {
  var members: map[string, set[int]];
  var pair: (set[int], int);
  start state S {
    entry {
      members["a"] = default(set[int]);
      members["a"][0] = 5; // error: P0313
      pair.0[0] = 1; // error: P0313
    }
  }
}
