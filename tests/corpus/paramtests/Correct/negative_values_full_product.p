// Negative int values, a t-wise number equal to the parameter count, and no t-wise clause (reference 7.3).
param offset: int;
param scale: int;
param verbose: bool;
machine Calc {
  start state S {
    entry {
      assert offset * scale >= -100;
      if (verbose) { print format("{0}", offset * scale); }
    }
  }
}
test param (offset in [-5, 0, 5], scale in [-1, 1], verbose in [false]) (3 wise) tcThree [main = Calc]: { Calc };
test param (offset in [-2, -1], scale in [10]) tcProduct [main = Calc]: { Calc };
test param (scale in [1, 2, 3]) (1 wise) tcOne [main = Calc]: { Calc };
