// A scenario conflicts with an enum of the same name (reference 3.2 row "spec / scenario").
event eTick;
enum Coverage { Low, High }
scenario Coverage observes eTick { // error: P0201
  start state S { ignore eTick; }
  cold state Done { ignore eTick; }
}
