// DefaultImpl attaches no spec, so a spec in a program without tests is not attached (reference 7.4).
event eTick;
spec Ticks observes eTick { // warning: P0801
  start state S { ignore eTick; }
}
machine Main {
  start state S {
    entry { announce eTick; }
  }
}
