// bug: assertion
// After foreach the loop variable keeps the last element; it is not reset to its default (8.4 foreach).
machine Main {
  start state Scan {
    entry {
      var prices: seq[int];
      var p: int;
      var total: int;
      prices += (0, 3);
      prices += (1, 9);
      foreach (p in prices) {
        total = total + p;
      }
      assert p == 0, format("loop variable still holds {0}", p);
    }
  }
}
