// A spec conflicts with a machine of the same name (reference 3.2 row "spec / scenario").
event eTick;
machine Safety {
  start state S { ignore eTick; }
}
spec Safety observes eTick { // error: P0201
  start state S { ignore eTick; }
}
