// A machine or type name used where an event is required (event set, observes) (reference 3.3).
event eTick;
type tTick = int;
machine Clock {
  start state S { ignore eTick; }
}
eventset esClock = { eTick, Clock }; // error: P0211
spec Watch observes eTick, tTick { // error: P0211
  start state S { ignore eTick; }
}
