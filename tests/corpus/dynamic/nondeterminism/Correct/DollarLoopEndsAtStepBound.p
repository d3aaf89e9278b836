// Every `$` is a step, so a loop `while ($)` that the checker resolves true again and again ends at the step bound, which is not a bug (8.10 steps, 8.9 not bugs).
machine Main {
  var n: int;
  start state Run {
    entry {
      while ($) { n = n + 1; }
      assert n >= 0;
    }
  }
}
