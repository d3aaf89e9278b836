// bug: assertion
// A while loop computes a sum and the assert on it fails on the last iteration (8.4 while).
machine Main {
  start state Compute {
    entry {
      var i: int;
      var sum: int;
      while (i < 10) {
        sum = sum + i;
        assert sum < 40, format("partial sum {0} at i = {1}", sum, i);
        i = i + 1;
      }
    }
  }
}
