// An entry handler that cannot be used (unknown, global, two parameters) is one error each; `new` and `goto` of its state add none (reference 4.7, 6.3; entry/exit problems are reported at the state, as the reference does).
fun Setup(x: int) { }
machine Worker {
  start state Init {
    entry Prepare; // error: P0203
  }
}
machine Helper {
  start state Init { // error: P0405
    entry Setup;
  }
}
machine Pair {
  start state Init { // error: P0406
    entry Both;
  }
  fun Both(a: int, b: int) { }
}
machine Main {
  start state Init {
    entry {
      new Worker(5);
      new Helper();
      new Pair(1, 2);
      goto Next, 3;
    }
  }
  state Next {
    entry Missing; // error: P0203
  }
}
