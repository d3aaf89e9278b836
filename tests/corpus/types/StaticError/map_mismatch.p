// Rule 5.2.9: map keys and values must both be assignable (reference 5.2).
machine Index {
  var byName: map[string, int];
  var byId: map[int, int];
  var loose: map[string, any];
  start state S {
    entry {
      byName = byId; // error: P0301
      byName = loose; // error: P0301
    }
  }
}
