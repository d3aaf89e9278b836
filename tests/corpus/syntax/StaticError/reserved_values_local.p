// `values` is reserved and cannot name a local variable (reference 1.2, 1.3).
fun Total(m: map[int, int]): int {
  var values: seq[int]; // error: P0107
  return 0;
}
