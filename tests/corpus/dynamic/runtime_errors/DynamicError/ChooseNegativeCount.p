// bug: runtime-error
// `choose(n)` with a negative n is a runtime error (8.3 choose).
machine Main {
  start state Backoff {
    entry {
      var attempts: int;
      var delay: int;
      attempts = 0;
      delay = choose(attempts - 1);
    }
  }
}
