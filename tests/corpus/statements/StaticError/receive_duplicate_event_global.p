// Duplicate receive case events inside a global function (reference 6.2).
event eReply: int;
fun Await(): int {
  var r: int;
  receive {
    case eReply: (x: int) { r = x; }
    case eReply: (y: int) { r = -y; } // error: P0412
  }
  return r;
}
