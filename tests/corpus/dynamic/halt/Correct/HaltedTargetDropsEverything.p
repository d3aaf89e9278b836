// Once a machine halts, events sent to it are dropped, even ones no state of it could handle: no unhandled-event bug (8.5 Halting, 8.9 not bugs).
event eStop;
event eUnknown;

machine Sink {
  start state Live {
    on eStop do { raise halt; }
  }
}

machine Main {
  start state Run {
    entry {
      var s: machine;
      s = new Sink();
      send s, eStop;
      send s, eUnknown;
      send s, eStop;
    }
  }
}
