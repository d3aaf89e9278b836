// A receive case body is a child scope of the enclosing function and can write its locals and parameters (reference 3.1).
event eValue: int;

fun Collect(limit: int): int {
  var sum: int;
  while (sum < limit) {
    receive {
      case eValue: (v: int) { sum = sum + v; limit = limit - 1; }
    }
  }
  return sum;
}

machine Collector {
  var total: int;
  start state S {
    entry { total = Collect(3); }
  }
}
