// Transitive: a function with a return type calling a function that may raise (reported at the call) (reference 6.4 rules 1, flags propagate).
event eAbort;
fun Abort() { raise eAbort; }
fun Compute(x: int): int {
  if (x < 0) {
    Abort(); // error: P0408
  }
  return x;
}
