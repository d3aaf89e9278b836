// bug: assertion
// An assert deep in a called machine method fails and ends the schedule (4.7, 8.4).
event eAdd: int;

machine Main {
  var total: int;
  start state Summing {
    entry {
      send this, eAdd, 40;
      send this, eAdd, 70;
    }
    on eAdd do (x: int) {
      total = Accumulate(total, x);
    }
  }
  fun Accumulate(acc: int, x: int): int {
    return CheckedAdd(acc, x);
  }
  fun CheckedAdd(a: int, b: int): int {
    assert a + b <= 100, "sum exceeds capacity";
    return a + b;
  }
}
