// Recovery: two syntax errors in separate statements of one function are both reported (reference 2.4).
fun Work() {
  var x: int;
  var y: int;
  x = 1 +; // error: P0102
  y = 2;
  y = (x; // error: P0102
  x = y;
}
