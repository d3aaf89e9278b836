// bug: assertion
// A float with an integral value prints without a fractional part: 2.0 prints as "2" (8.2 String form).
machine Main {
  start state Log {
    entry {
      var ratio: float;
      ratio = 4.0 / 2.0;
      assert format("{0}", ratio) == "2.0", format("ratio printed as {0}", ratio);
    }
  }
}
