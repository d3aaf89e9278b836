// A spec declares no interface, so its name is not a type (reference 3.3, 4.6).
event eTick;
spec Monitor observes eTick {
  start state S { ignore eTick; }
}
machine Holder {
  var m: Monitor; // error: P0206
  start state S { }
}
