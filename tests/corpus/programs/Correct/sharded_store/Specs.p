// Versions of a key only grow, across all shards.
spec MonotonicVersions observes eStored {
  var last: map[string, int];
  start state Watching {
    on eStored do (s: (key: string, version: int)) {
      if (s.key in last) { assert s.version > last[s.key], "a version was reused"; }
      last[s.key] = s.version;
    }
  }
}
