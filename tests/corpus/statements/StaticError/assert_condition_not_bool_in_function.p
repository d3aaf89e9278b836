// The assert condition must be exactly bool: not a string, not a collection (reference 6.2).
fun Check(name: string, items: set[int]) {
  assert name; // error: P0306
  assert items, "items"; // error: P0306
}
