// The payload of `new` must fit the parameter of the start state's named entry function (reference 4.4, 6.2 payload rule).
machine Counter {
  start state Init { entry Setup; }
  fun Setup(initial: int) { }
}
machine Main {
  start state S {
    entry {
      new Counter(); // error: P0304
      new Counter("zero"); // error: P0304
    }
  }
}
