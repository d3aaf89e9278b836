// bug: assertion
// `to int` truncates toward zero rather than rounding: 2.7 becomes 2 (6.1 to, 8.3).
machine Main {
  start state Round {
    entry {
      var price: float;
      var cents: int;
      price = 2.7;
      cents = price to int;
      assert cents == 3, format("{0} truncated to {1}", price, cents);
    }
  }
}
