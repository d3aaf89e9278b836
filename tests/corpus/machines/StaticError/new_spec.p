// A spec has no interface and cannot be created with `new` (reference 4.6, 6.7 item 6 CreateSpecMachine).
event eTick;
spec Safety observes eTick {
  start state S { ignore eTick; }
}
machine Main {
  start state S {
    entry {
      new Safety(); // error: P0414
    }
  }
}
