// A duplicate parameter name in one parameter list (reference 3.2 additional rules).
fun Swap(a: int, a: int): (int, int) { // error: P0201
  return (a, a);
}
