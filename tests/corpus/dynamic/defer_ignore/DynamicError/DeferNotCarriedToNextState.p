// bug: unhandled-event
// Defer is per state: after the transition the new state neither defers nor handles the queued eLate (8.5).
event eLate;
event eSwitch;

machine Main {
  start state A {
    entry {
      send this, eLate;
      send this, eSwitch;
    }
    defer eLate;
    on eSwitch goto B;
  }
  state B {
    on eSwitch do { }
  }
}
