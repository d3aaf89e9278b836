// A tuple value needs parentheses: `t = 1, 2;` is a syntax error (reference 2.4, 2.5).
fun Make() {
  var t: (int, int);
  t = 1, 2; // error: P0102
}
