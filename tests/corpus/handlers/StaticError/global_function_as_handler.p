// A global function can never be used as an entry, exit or do handler (reference 4.7, 6.7 other errors; entry/exit problems are reported at the state, as the reference does).
event eTick;
fun Setup() { }
fun OnTick() { }
machine Clock {
  start state S { // error: P0405
    entry Setup;
    exit Setup;
    on eTick do OnTick; // error: P0405
  }
}
