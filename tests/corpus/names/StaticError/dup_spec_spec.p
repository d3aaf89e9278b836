// Two specs with the same name (reference 3.2 row "spec / scenario").
event eTick;
spec Liveness observes eTick {
  start state S { ignore eTick; }
}
spec Liveness observes eTick { // error: P0201
  start state T { ignore eTick; }
}
