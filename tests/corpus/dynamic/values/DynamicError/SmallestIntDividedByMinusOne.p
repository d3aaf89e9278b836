// bug: runtime-error
// The smallest int divided by -1 does not fit 64 bits: .NET throws an OverflowException, so it is a runtime error, while negating it wraps to itself (8.3 int).
machine Main {
  start state S {
    entry {
      var x: int; var y: int;
      x = (-2147483647 - 1) * 65536 * 65536;
      print format("{0}", x);
      assert format("{0}", x) == "-9223372036854775808";
      assert -x == x, "negation wraps";
      y = x / -1;
      print format("y {0}", y);
    }
  }
}
