// `return` takes at most one expression (reference 2.4).
fun Pair(): (int, int) {
  if ($) {
    return 1, 2; // error: P0102
  }
  return (1, 2);
}
