// Integer `/` truncates toward zero and `%` takes the dividend's sign, never an error with a non-zero divisor (8.3 int).
machine Main {
  start state Compute {
    entry {
      assert -7 / 2 == -3, format("-7 / 2 = {0}", -7 / 2);
      assert 7 / -2 == -3;
      assert -7 % 2 == -1, format("-7 % 2 = {0}", -7 % 2);
      assert 7 % -2 == 1;
      assert 9 / 3 == 3 && 9 % 3 == 0;
    }
  }
}
