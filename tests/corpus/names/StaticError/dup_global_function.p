// Duplicate global functions (reference 3.2 row "function", 6.7 item 3).
fun Max(a: int, b: int): int {
  if (a > b) { return a; }
  return b;
}
fun Max(a: float, b: float): float { // error: P0201
  if (a > b) { return a; }
  return b;
}
