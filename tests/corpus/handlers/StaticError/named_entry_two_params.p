// A named entry function with two parameters cannot be an entry handler (reference 4.7, 6.3).
machine Adder {
  start state S {
    entry Init; // error: P0406
  }
  fun Init(a: int, b: int) { }
}
