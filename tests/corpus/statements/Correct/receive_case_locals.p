// A receive case body is a function body: it may declare its own locals first (reference 2.3, 3.1).
event eValue: int;
fun Await(): int {
  var total: int;
  receive {
    case eValue: (v: int) {
      var doubled: int;
      doubled = v * 2;
      total = total + doubled;
    }
  }
  return total;
}
