// A goto in a global function that returns a value is one error: the reference checks the return type first (reference 4.7, 6.2, 6.4).
fun Pick(n: int): int {
  if (n > 0) {
    goto Done; // error: P0408
  }
  return n;
}
machine Main {
  start state Init { entry { print format("{0}", Pick(1)); } }
  state Done { }
}
