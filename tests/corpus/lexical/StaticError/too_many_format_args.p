// Extra arguments to format are an error too (reference 1.5).
fun Render(a: int, b: int): string {
  return format("only {0}", a, b); // error: P0106
}
