// int arithmetic corners: 64-bit wrap-around of products, truncating / and % with every sign combination, float % and truncation, precedence and associativity (8.3).
machine Main {
  start state S {
    entry {
      var big: int; var x: int; var f: float; var g: float;
      big = 2147483647;
      x = big * big * 4;
      assert format("{0}", x) == "-17179869180", format("{0}", x);
      x = big * 2147483647 * 2147483647;
      assert format("{0}", x) == "4611686024869838847", format("{0}", x);
      assert -7 / 2 == -3, "div";
      assert 7 / -2 == -3, "div2";
      assert -7 % 2 == -1, "mod";
      assert 7 % -2 == 1, "mod2";
      assert -7 % -2 == -1, "mod3";
      f = 7.5; g = 2.0;
      assert f / g == 3.75, "fdiv";
      assert -7.5 % 2.0 == -1.5, "fmod";
      assert (7.9 to int) == 7, "trunc";
      assert (-7.9 to int) == -7, "trunc2";
      assert (3 to float) == 3.0, "tofloat";
      assert 1 < 2 && 2.5 > 1.5 && "a" < "b" && "B" < "a" && "ab" > "a", "cmp";
      assert "" + "x" == "x", "concat";
      assert 10 - 3 - 2 == 5, "left assoc";
      assert 2 + 3 * 4 == 14, "prec";
      assert 100 / 10 / 5 == 2, "divassoc";
      assert -2 * -3 == 6, "neg";
      assert !(1 == 2) == true, "not";
    }
  }
}
