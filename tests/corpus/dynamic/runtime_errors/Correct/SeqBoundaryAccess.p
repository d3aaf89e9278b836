// Seq reads at 0 and sizeof-1, inserts at sizeof (append) and at 0 are all in range (8.3, 8.4).
machine Main {
  start state Build {
    entry {
      var q: seq[int];
      q += (0, 2);
      q += (sizeof(q), 3);
      q += (0, 1);
      assert q[0] == 1 && q[sizeof(q) - 1] == 3, format("unexpected {0}", q);
      q[1] = 20;
      q -= sizeof(q) - 1;
      assert sizeof(q) == 2 && q[1] == 20;
    }
  }
}
