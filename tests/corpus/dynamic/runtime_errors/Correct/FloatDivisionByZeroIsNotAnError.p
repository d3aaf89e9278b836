// Float division by zero yields infinity instead of an error; float `%` follows the dividend's sign (8.3 float).
machine Main {
  start state Compute {
    entry {
      var zero: float;
      var inf: float;
      var r: float;
      inf = 1.0 / zero;
      assert inf > 1000000.0, "1.0 / 0.0 is +infinity";
      r = -7.5 % 2.0;
      assert r == -1.5, format("fmod gave {0}", r);
    }
  }
}
