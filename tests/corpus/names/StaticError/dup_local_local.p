// Duplicate locals in one function (reference 3.2 row "variable").
fun Average(xs: seq[int]): int {
  var sum: int;
  var count: int;
  var sum: int; // error: P0201
  return 0;
}
