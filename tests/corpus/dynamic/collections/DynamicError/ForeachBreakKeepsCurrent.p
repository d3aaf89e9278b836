// bug: assertion
// After `break` the foreach variable keeps the element it broke on, not the last element of the collection (8.4 foreach).
machine Main {
  start state Run {
    entry {
      var q: seq[int];
      var x: int;
      q += (0, 5); q += (1, 8); q += (2, 13);
      foreach (x in q) {
        if (x % 2 == 0) { break; }
      }
      assert x == 13, format("x is {0}", x);
    }
  }
}
