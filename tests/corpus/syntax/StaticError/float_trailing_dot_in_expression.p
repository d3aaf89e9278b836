// `2.` is not a float literal, also inside a larger expression (reference 1.4).
fun Half() {
  var h: float;
  h = 2. * 0.5; // error: P0102
}
