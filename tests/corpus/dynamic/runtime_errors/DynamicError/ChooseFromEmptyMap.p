// bug: runtime-error
// `choose` on an empty map is a runtime error (8.3 choose: a key of a map).
machine Main {
  start state Evict {
    entry {
      var lru: map[string, int];
      var victim: string;
      victim = choose(lru);
      lru -= victim;
    }
  }
}
