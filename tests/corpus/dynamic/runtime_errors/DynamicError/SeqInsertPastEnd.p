// bug: runtime-error
// Inserting into a seq at a position greater than its size is a runtime error (8.4).
machine Main {
  start state Build {
    entry {
      var queue: seq[int];
      queue += (0, 1);
      queue += (1, 2);
      queue += (3, 4);
    }
  }
}
