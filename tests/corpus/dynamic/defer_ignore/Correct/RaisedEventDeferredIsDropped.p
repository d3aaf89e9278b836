// Raising an event the current state defers drops it silently (reference quirk 8.5, App. B 3): no unhandled-event bug, no later delivery.
event eRetry;
event eGo;

machine Main {
  var retries: int;
  start state Paused {
    defer eRetry;
    entry {
      send this, eGo;
      raise eRetry;
    }
    on eGo goto Running;
  }
  state Running {
    on eRetry do { retries = retries + 1; }
    entry { assert retries == 0; }
  }
}
