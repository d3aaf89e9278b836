// The number of arguments must be exactly max(N)+1 (reference 1.5).
fun Render(a: int): string {
  return format("{0} and {1}", a); // error: P0106
}
