// Rule 5.2.9 in return position: map keys and values are checked (reference 5.2).
fun Index(): map[string, int] {
  var m: map[int, int];
  return m; // error: P0303
}
fun Scores(): map[int, float] {
  var m: map[int, int];
  return m; // error: P0303
}
