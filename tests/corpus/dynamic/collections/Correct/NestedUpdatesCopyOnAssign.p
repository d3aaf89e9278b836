// A nested update `outer[0][k] = v` changes only that variable; a copy taken before keeps the old inner map (8.2 no sharing, 8.4).
machine Main {
  start state Run {
    entry {
      var outer: seq[map[string, int]];
      var snapshot: seq[map[string, int]];
      var inner: map[string, int];
      inner["x"] = 1;
      outer += (0, inner);
      snapshot = outer;
      outer[0]["x"] = 2;
      outer[0]["y"] = 3;
      assert snapshot[0]["x"] == 1 && !("y" in snapshot[0]);
      assert outer[0]["x"] == 2 && outer[0]["y"] == 3;
      assert inner["x"] == 1 && sizeof(inner) == 1;
    }
  }
}
