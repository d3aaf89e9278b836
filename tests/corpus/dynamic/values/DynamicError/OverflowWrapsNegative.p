// bug: assertion
// 64-bit int arithmetic wraps on overflow: doubling 2^60 three times reaches 2^63, which wraps negative (8.1, 8.3 int).
machine Main {
  start state Grow {
    entry {
      var budget: int;
      var i: int;
      budget = 1073741824 * 1073741824;
      while (i < 3) {
        budget = budget * 2;
        i = i + 1;
      }
      assert budget > 0, format("budget wrapped to {0}", budget);
    }
  }
}
