// bug: assertion
// A `$` choice selects the unchecked fast path, which skips validation (8.3 `$`, 8.10 choice points).
event eRequest: int;

machine Validator {
  var accepted: seq[int];
  start state Run {
    on eRequest do (x: int) {
      if ($) {
        accepted += (sizeof(accepted), x);
      } else if (x >= 0) {
        accepted += (sizeof(accepted), x);
      }
      assert x >= 0 || !(x in accepted), format("negative request {0} accepted", x);
    }
  }
}

machine Main {
  start state Start {
    entry {
      var v: Validator;
      v = new Validator();
      send v, eRequest, 5;
      send v, eRequest, -2;
    }
  }
}
