// bug: unhandled-event
// A state with an `on null` handler still has to handle, defer or ignore every event that arrives; eReset is neither (8.5 dispatch).
event eReset;

machine Spinner {
  var spins: int;
  start state Spin {
    on null do { spins = spins + 1; }
  }
}

machine Main {
  start state Run {
    entry {
      var s: machine;
      s = new Spinner();
      send s, eReset;
    }
  }
}
