// bug: assertion
// `choose(5)` can yield 4, the largest value below its bound; a model assuming it never does is wrong (8.3 choose).
machine Main {
  start state Run {
    entry {
      var slot: int;
      slot = choose(5);
      assert slot < 4, format("slot {0} is reserved", slot);
    }
  }
}
