// `keys`/`values` of an int, a tuple and `any` (reference 6.1).
fun Inspect(n: int, t: (int, int), a: any) {
  var out: seq[int];
  out = keys(n); // error: P0316
  out = values(t); // error: P0316
  out = keys(a); // error: P0316
}
