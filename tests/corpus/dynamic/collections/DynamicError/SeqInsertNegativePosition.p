// bug: runtime-error
// An insert position must be within 0..sizeof(sq); a position computed as -1 from an empty queue is a runtime error (8.4).
machine Main {
  start state Run {
    entry {
      var q: seq[string];
      var pos: int;
      pos = sizeof(q) - 1;
      q += (pos, "first");
    }
  }
}
