// A global function can never be used as an entry, exit or do handler (reference 4.7, 6.7 other errors).
event eTick;
fun Setup() { }
fun OnTick() { }
machine Clock {
  start state S {
    entry Setup; // error: P0405
    exit Setup; // error: P0405
    on eTick do OnTick; // error: P0405
  }
}
