// `on a, b goto T` checks T's entry parameter against the payload of every listed event (reference 6.3).
event eNum: int;
event eTick;
machine Main {
  start state S {
    on eNum, eTick goto T; // error: P0320
  }
  state T {
    entry (n: int) { }
  }
}
