// bug: assertion
// `choose(m)` on a map yields one of its keys, not a value: the chosen item is never one of the prices (8.3 choose).
machine Main {
  start state Run {
    entry {
      var prices: map[int, int];
      var picked: int;
      prices[1] = 30;
      prices[2] = 50;
      picked = choose(prices);
      assert picked in values(prices), format("picked the key {0}", picked);
    }
  }
}
