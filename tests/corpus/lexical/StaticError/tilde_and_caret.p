// `~` and `^` are not tokens; two independent lexical errors in two functions (reference 1.6).
fun Flip(x: int) {
  var y: int;
  y = ~x; // error: P0101
}

fun Mix(a: int, b: int) {
  var c: int;
  c = a ^ b; // error: P0101
}
