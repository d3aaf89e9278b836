// 64-bit overflow wraps around deterministically; the most negative value plus one stays in range (8.1, 8.3 int).
machine Main {
  start state Wrap {
    entry {
      var big: int;
      var min: int;
      big = 1073741824 * 1073741824 * 8;
      min = big;
      assert min < 0;
      assert min - 1 > 0, "min - 1 wraps to the maximum";
      assert min + (min - 1) == -1;
      assert -min == min;
    }
  }
}
