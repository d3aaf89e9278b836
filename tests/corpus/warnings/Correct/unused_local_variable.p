// A local variable that is declared or written but never read (reference 5.3).
fun Compute(x: int): int {
  var unusedTemp: int; // warning: P0804
  var written: int; // warning: P0804
  written = x * 2;
  return x + 1;
}
