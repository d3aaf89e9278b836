// foreach iterates a snapshot taken before the loop; growing the seq in the body does not extend the loop (8.4).
machine Main {
  start state Grow {
    entry {
      var work: seq[int];
      var w: int;
      var steps: int;
      work += (0, 1);
      work += (1, 2);
      foreach (w in work) {
        work += (sizeof(work), w * 10);
        steps = steps + 1;
      }
      assert steps == 2 && sizeof(work) == 4, format("steps {0}, work {1}", steps, work);
      assert w == 2;
    }
  }
}
