// A foreign function cannot be used as a handler (reference 4.7).
event eTick;
fun NativeTick();
machine Clock {
  start state S {
    on eTick do NativeTick; // error: P0405
  }
}
