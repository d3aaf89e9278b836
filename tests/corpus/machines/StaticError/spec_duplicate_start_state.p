// A spec may have only one start state; the third start state is reported too (reference 4.5).
event eTick;
spec Watcher observes eTick {
  start state A { ignore eTick; }
  start hot state B { ignore eTick; } // error: P0402
  start cold state C { ignore eTick; } // error: P0402
}
