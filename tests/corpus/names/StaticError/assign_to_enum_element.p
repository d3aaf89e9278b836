// An lvalue must resolve to a variable: assigning to an enum element is "variable not found" (reference 3.3).
enum tLevel { Low, High }
machine Setter {
  start state S {
    entry {
      Low = High; // error: P0202
    }
  }
}
