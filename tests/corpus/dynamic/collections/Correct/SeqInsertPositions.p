// `sq += (i, v)` inserts before position i: 0 prepends, sizeof(sq) appends, anything between shifts the tail (8.4).
machine Main {
  start state Run {
    entry {
      var q: seq[int];
      q += (0, 2);
      q += (0, 1);
      q += (sizeof(q), 4);
      q += (2, 3);
      assert format("{0}", q) == "(1, 2, 3, 4)", format("{0}", q);
      q -= 0;
      q -= sizeof(q) - 1;
      assert format("{0}", q) == "(2, 3)", format("{0}", q);
    }
  }
}
