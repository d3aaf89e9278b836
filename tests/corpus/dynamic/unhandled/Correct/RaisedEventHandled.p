// A raised event is handled by the current state before any queued event (8.5 raise).
event eValidate: int;
event eInvalid: int;
event eNext;

machine Main {
  var rejected: int;
  var seen: int;
  start state Checking {
    entry {
      send this, eValidate, -3;
      send this, eNext;
    }
    on eValidate do (x: int) {
      if (x < 0) {
        raise eInvalid, x;
      }
    }
    on eInvalid do (x: int) {
      assert seen == 0, "the raised event must run before eNext";
      rejected = rejected + 1;
    }
    on eNext do {
      seen = seen + 1;
      assert rejected == 1;
    }
  }
}
