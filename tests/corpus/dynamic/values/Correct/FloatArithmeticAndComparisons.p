// Float arithmetic is IEEE double: fractional results, ordering, and int/float conversions behave as in C# (8.3 float).
machine Main {
  start state Compute {
    entry {
      var avg: float;
      var total: float;
      var n: int;
      total = 7.0;
      n = 2;
      avg = total / (n to float);
      assert avg == 3.5 && avg > 3.0 && avg < 4.0;
      assert 0.1 + 0.2 != 0.3, "IEEE rounding";
      assert -avg < 0.0 && (avg * 2.0) to int == 7;
      assert format("{0}", avg) == "3.5";
    }
  }
}
