// A named entry function with two parameters cannot be an entry handler (reference 4.7, 6.3; entry/exit problems are reported at the state, as the reference does).
machine Adder {
  start state S { // error: P0406
    entry Init;
  }
  fun Init(a: int, b: int) { }
}
