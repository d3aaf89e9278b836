// Rule 5.2.11 in argument position: different field names or order are rejected (reference 5.2).
fun Move(p: (x: int, y: int)) { }
machine Mover {
  start state S {
    entry {
      Move((y = 1, x = 2)); // error: P0301
      Move((x = 1, z = 2)); // error: P0301
      Move((x = 1,)); // error: P0301
    }
  }
}
