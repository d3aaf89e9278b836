// A call result is no lvalue: `f().a = 1;` does not parse (reference 2.4 lvalue).
fun Make(): (a: int) { return (a = 1,); }
machine Main {
  start state S {
    entry {
      Make().a = 2; // error: P0102
    }
  }
}
