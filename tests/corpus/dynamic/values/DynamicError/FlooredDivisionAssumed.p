// bug: assertion
// Integer `/` truncates toward zero, so splitting a -7 debt in two gives -3, not the floored -4 (8.3 int).
machine Main {
  start state Split {
    entry {
      var debt: int;
      var half: int;
      debt = -7;
      half = debt / 2;
      assert half == -4, format("half of {0} is {1}", debt, half);
    }
  }
}
