// A keyword where an operand is expected is one syntax error at the keyword (reference 1.3, 2.5).
machine Main {
  var members: set[int];
  start state Init {
    entry {
      assert in members; // error: P0102
    }
  }
}
