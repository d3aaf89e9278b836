// int to float is exact, float to int truncates toward zero; no implicit int/float mixing at runtime (6.1, 8.3).
machine Main {
  start state Convert {
    entry {
      var n: int;
      var x: float;
      n = 7;
      x = n to float;
      assert x / 2.0 == 3.5;
      assert (x / 2.0) to int == 3;
      assert (-3.99) to int == -3;
      assert 1.5 + 1.5 == 3.0 && 10.0 % 4.0 == 2.0;
      assert 5 to int == 5 && 2.25 to float == 2.25;
    }
  }
}
