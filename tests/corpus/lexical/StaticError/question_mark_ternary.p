// There is no ternary operator: `?` is not a token (reference 1.6).
fun Max(a: int, b: int): int {
  var m: int;
  m = a;
  if (b > a) { m = b; } ? // error: P0101
  return m;
}
