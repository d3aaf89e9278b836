// `keys(m)` is a fresh seq, so removing every key while iterating it is safe and empties the map; `mp -= k` of an absent key is a no-op (8.3 keys, 8.4 foreach, remove).
machine Main {
  start state Run {
    entry {
      var m: map[string, int];
      var k: string;
      var s: set[int];
      m["a"] = 1; m["b"] = 2; m["c"] = 3;
      foreach (k in keys(m)) {
        m -= k;
        m -= k;
      }
      assert sizeof(m) == 0;
      s += (1);
      s -= 2;
      s -= 1;
      s -= 1;
      assert sizeof(s) == 0;
    }
  }
}
