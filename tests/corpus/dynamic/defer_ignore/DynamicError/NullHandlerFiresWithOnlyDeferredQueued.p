// bug: assertion
// A state with `on null` defers eData: a queued eData is not takeable, so the null handler fires even though the inbox is not empty (8.5 event loop step 3).
event eData: int;

machine Main {
  var got: int;
  start state Collect {
    entry {
      send this, eData, 7;
      goto Waiting;
    }
  }
  state Waiting {
    defer eData;
    on null goto Check;
  }
  state Check {
    entry {
      assert got == 7, "the deferred eData was never consumed before the null handler ran";
    }
    on eData do (v: int) { got = v; }
  }
}
