// A raise inside a receive case counts as a raise of the enclosing function, which returns a value; reported at the receive, as the reference does (reference 6.2 receive).
event eReply: int;
event eCancel;
fun Await(): int {
  var r: int;
  receive { // error: P0408
    case eReply: (x: int) { r = x; }
    case eCancel: { raise eCancel; }
  }
  return r;
}
