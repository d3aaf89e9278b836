// bug: assertion
// float `%` is C's fmod: the result has the dividend's sign, so -7.5 % 2.0 is -1.5, not 0.5 (8.3 float).
machine Main {
  start state Run {
    entry {
      var r: float;
      r = -7.5 % 2.0;
      assert r == 0.5, format("got {0}", r);
    }
  }
}
