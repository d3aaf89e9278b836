// An lvalue must resolve to a variable: assigning to a function name is "variable not found" (reference 3.3).
fun Limit(): int { return 3; }
machine Setter {
  start state S {
    entry {
      Limit = 4; // error: P0202
    }
  }
}
