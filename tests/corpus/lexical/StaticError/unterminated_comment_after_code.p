// A block comment opened after a complete declaration and never closed (reference 1.1).
event eTick;
machine Clock {
  start state S { ignore eTick; }
} /* trailing note that is never closed // error: P0103
