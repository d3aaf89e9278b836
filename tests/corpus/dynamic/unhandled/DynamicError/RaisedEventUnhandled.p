// bug: unhandled-event
// A raised event is dispatched in the current state, which does not handle it (8.5 raise).
event eValidate: int;
event eInvalid;

machine Main {
  start state Checking {
    entry {
      send this, eValidate, -3;
    }
    on eValidate do (x: int) {
      if (x < 0) {
        raise eInvalid;
      }
    }
  }
}
