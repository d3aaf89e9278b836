// Recovery: a `;` missing before a line that starts with a statement keyword is one error each, at that keyword (reference 2.4).
machine Main {
  var j: int;
  start state Init {
    entry {
      j = 0
      while (j < 3) { j = j + 1; } // error: P0102
      j = j
      if (j == 3) { j = 0; } // error: P0102
      j = 1
      foreach (j in default(seq[int])) { } // error: P0102
      j = 2
      print format("{0}", j); // error: P0102
    }
  }
}
