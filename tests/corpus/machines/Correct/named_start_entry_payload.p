// A named entry function with a parameter gives the machine its constructor payload type, and receives goto payloads (reference 4.4, 4.5, App. B 2).
machine Counter {
  var n: int;
  start state Init { entry Setup; }
  state Running { entry Resume; }
  fun Setup(initial: int) {
    n = initial;
    goto Running, n + 1;
  }
  fun Resume(from: int) { assert from == n + 1; }
}
machine Main {
  start state S {
    entry {
      var c: Counter;
      c = new Counter(41);
      new Counter(0);
    }
  }
}
