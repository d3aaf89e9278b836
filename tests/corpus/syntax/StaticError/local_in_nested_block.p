// Local declarations are never allowed inside nested blocks (reference 2.3).
fun Compute(a: int): int {
  if (a > 0) {
    var tmp: int; // error: P0102
  }
  return a;
}
