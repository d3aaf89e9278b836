// `format` is reserved and cannot name a function (reference 1.2, 1.3).
fun format(x: int): string { // error: P0107
  return "x";
}
