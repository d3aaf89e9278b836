// A (2 wise) test runs a subset of the 2x2x2 combinations; the invariant holds for all of them (7.3 t-wise).
param fast: bool;
param cached: bool;
param logged: bool;

machine Main {
  start state Configure {
    entry {
      var cost: int;
      cost = 10;
      if (fast) { cost = cost - 3; }
      if (cached) { cost = cost - 2; }
      if (logged) { cost = cost + 1; }
      assert cost >= 5 && cost <= 11, format("cost {0}", cost);
    }
  }
}

test param (fast in [true, false], cached in [true, false], logged in [true, false]) (2 wise) tcConfig [main = Main]: { Main };
