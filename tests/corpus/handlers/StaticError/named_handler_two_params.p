// A named handler takes at most one parameter (reference 4.7, 6.3).
event ePair: (int, int);
machine Adder {
  start state S {
    on ePair do Add; // error: P0406
  }
  fun Add(a: int, b: int) { }
}
