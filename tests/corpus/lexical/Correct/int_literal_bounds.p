// Integer literals: largest 32-bit value, leading zeros, unary minus on a literal (reference 1.4).
machine Counter {
  var hi: int;
  var lo: int;
  var padded: int;
  start state Init {
    entry {
      hi = 2147483647;
      lo = -2147483647;
      padded = 007;
      assert padded == 7, "leading zeros are decimal";
      assert hi + lo == 0;
    }
  }
}
