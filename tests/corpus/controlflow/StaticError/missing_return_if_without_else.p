// A non-void function that can end without returning: if without else (reference 6.5, 6.7 item 17 FunctionMissingReturn).
fun Abs(n: int): int { // error: P0501
  if (n < 0) {
    return -n;
  }
}
