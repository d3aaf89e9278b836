// `-=` on nested collections with wrong operand types, and on a string (reference 6.2).
machine Ops {
  var byName: map[string, seq[int]];
  var tags: set[string];
  var s: string;
  start state S {
    entry {
      byName["a"] -= "0"; // error: P0316
      tags -= 3; // error: P0316
      s -= "x"; // error: P0316
    }
  }
}
