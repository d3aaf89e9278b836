// A program without tests: its DefaultImpl attaches every spec, so no P0801 warning here.
event eTick;
spec Ticks observes eTick {
  start state S { ignore eTick; }
}
machine Main {
  start state S {
    entry { announce eTick; }
  }
}
