// `choose(n)` yields an integer in [0, n) and `choose(0)` yields 0, in every schedule (8.3 choose).
machine Main {
  start state Run {
    entry {
      var i: int;
      var x: int;
      while (i < 20) {
        x = choose(3);
        assert x >= 0 && x < 3, format("choose(3) gave {0}", x);
        i = i + 1;
      }
      assert choose(0) == 0;
      assert choose(1) == 0;
    }
  }
}
