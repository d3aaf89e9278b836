// A raise inside a receive case counts as a raise of the enclosing function, which returns a value (reference 6.2 receive).
event eReply: int;
event eCancel;
fun Await(): int {
  var r: int;
  receive {
    case eReply: (x: int) { r = x; }
    case eCancel: { raise eCancel; } // error: P0408
  }
  return r;
}
