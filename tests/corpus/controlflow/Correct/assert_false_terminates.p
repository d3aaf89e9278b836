// `assert false` surely returns, so a function may end with it (reference 6.5).
enum tOp { Add, Sub }
fun Apply(op: tOp, a: int, b: int): int {
  if (op == Add) { return a + b; }
  if (op == Sub) { return a - b; }
  assert false;
}
fun Lookup(m: map[string, int], k: string): int {
  if (k in m) { return m[k]; } else { assert false, "missing key"; }
}
