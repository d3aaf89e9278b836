// `==` is deep: seqs by order, sets and maps regardless of insertion order, tuples element-wise (8.2 Equality).
machine Main {
  start state Compare {
    entry {
      var s1: set[int];
      var s2: set[int];
      var m1: map[string, seq[int]];
      var m2: map[string, seq[int]];
      var q1: seq[int];
      var q2: seq[int];
      s1 += (1); s1 += (2);
      s2 += (2); s2 += (1);
      assert s1 == s2;
      q1 += (0, 1); q1 += (1, 2);
      q2 += (0, 2); q2 += (0, 1);
      assert q1 == q2;
      m1["a"] = q1;
      m1["b"] = default(seq[int]);
      m2["b"] = default(seq[int]);
      m2["a"] = q2;
      assert m1 == m2;
      q2 += (2, 3);
      assert q1 != q2;
      assert (1, "x") == (1, "x") && (a = 1, b = true) != (a = 1, b = false);
    }
  }
}
