// `foreach ... invariant e;` loop invariants are PVerifier-only (reference 2.4, App. A).
fun Sum(xs: seq[int]): int {
  var x: int;
  var total: int;
  foreach (x in xs) invariant total >= 0; { total = total + x; } // error: P0901
  return total;
}
