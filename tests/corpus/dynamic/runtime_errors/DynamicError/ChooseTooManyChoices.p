// bug: runtime-error
// `choose(n)` with a computed n above 10000 is a runtime error (8.3 choose).
machine Main {
  start state Sample {
    entry {
      var space: int;
      var pick: int;
      space = 100 * 101;
      pick = choose(space);
    }
  }
}
