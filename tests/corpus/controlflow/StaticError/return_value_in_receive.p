// `return e;` inside a receive case body is an error even when the function returns a value (reference 6.2 receive).
event eReply: int;
fun Await(): int {
  var r: int;
  receive {
    case eReply: (x: int) { return x; } // error: P0504
  }
  return r;
}
