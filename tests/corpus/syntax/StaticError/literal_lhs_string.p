// A string or bool literal cannot be assigned to (reference 2.4).
fun Reset(s: string) {
  "x" = s; // error: P0102
}
