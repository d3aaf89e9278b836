// A missing return is reported at the body's opening brace, where the reference reports it, even when the brace has a line of its own (reference 6.5).
fun Sign(n: int): int
{ // error: P0501
  if (n > 0) { return 1; }
}
machine Main {
  start state Init { entry { print format("{0}", Sign(2)); } }
}
