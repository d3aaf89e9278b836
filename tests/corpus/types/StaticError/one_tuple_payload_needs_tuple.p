// An event whose payload type is the 1-tuple `(int)` takes `(v,)`, not a bare int (reference 2.2, 6.2 payload rule).
event eOne: (int);
machine Main {
  start state S {
    entry {
      send this, eOne, (1,);
      send this, eOne, 1; // error: P0304
    }
    on eOne do (n: int) { }
  }
}
