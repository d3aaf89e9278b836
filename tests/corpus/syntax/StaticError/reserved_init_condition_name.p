// `init-condition` is one reserved token (with its hyphen) and cannot name a function (reference 1.3).
machine Main {
  start state S { }
}
fun init-condition() { } // error: P0107
