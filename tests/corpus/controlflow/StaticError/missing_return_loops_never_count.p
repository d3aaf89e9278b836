// Loops never count as surely returning, even `while (true)` (reference 6.5).
fun Forever(): int { // error: P0501
  while (true) {
    return 1;
  }
}
fun FirstPositive(xs: seq[int]): int { // error: P0501
  var x: int;
  foreach (x in xs) {
    return x;
  }
}
