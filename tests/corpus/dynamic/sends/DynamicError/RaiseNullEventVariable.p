// bug: runtime-error
// Raising an event variable that holds null is a bug (8.7, 8.9 null event).
event eRetry;
event eGiveUp;

machine Main {
  var outcome: event;
  start state Decide {
    entry {
      if (choose(3) == 0) {
        outcome = eRetry;
      }
      if (choose(3) == 0) {
        outcome = eGiveUp;
      }
      raise outcome;
    }
    on eRetry do { }
    on eGiveUp do { }
  }
}
