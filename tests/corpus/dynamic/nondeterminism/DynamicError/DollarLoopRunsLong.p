// bug: assertion
// A loop driven by `$` can run any number of times; a limit of four rounds is exceeded in some schedule (8.3 `$`, 8.10).
machine Main {
  var n: int;
  start state Run {
    entry {
      while ($) { n = n + 1; }
      assert n < 5, format("{0} rounds", n);
    }
  }
}
