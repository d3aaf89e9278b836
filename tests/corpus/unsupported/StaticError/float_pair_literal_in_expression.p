// The `float(b, e)` literal form inside a larger expression (reference 1.4).
fun Scale(x: float): float {
  return x * float(15, 1); // error: P0904
}
