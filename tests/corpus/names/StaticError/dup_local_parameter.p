// A local with the same name as a parameter of the same function is a duplicate (reference 3.2 additional rules).
fun Clamp(value: int, limit: int): int {
  var limit: int; // error: P0201
  return value;
}
