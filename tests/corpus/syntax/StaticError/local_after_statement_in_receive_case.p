// A receive case body is a function body: its locals come first (reference 2.3).
event eValue: int;
fun Await() {
  receive {
    case eValue: (v: int) {
      print "got";
      var tmp: int; // error: P0102
    }
  }
}
