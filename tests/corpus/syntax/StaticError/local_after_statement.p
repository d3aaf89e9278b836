// Local variables must come before any statement of a function body (reference 2.3).
fun Compute(a: int): int {
  var b: int;
  b = a + 1;
  var c: int; // error: P0102
  return b;
}
