// `break` in a function body after a loop has ended (reference 6.5).
fun Scan(xs: seq[int]) {
  var x: int;
  foreach (x in xs) { }
  break; // error: P0502
}
