// `continue` in an else branch that is not inside a loop (reference 6.5).
fun Check(n: int) {
  while (n > 0) { n = n - 1; }
  if (n == 0) { } else { continue; } // error: P0503
}
