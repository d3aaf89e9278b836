// bug: runtime-error
// Reading a seq at index sizeof(s) is out of range (8.3 Indexing, 8.9 runtime error).
machine Main {
  start state Read {
    entry {
      var readings: seq[int];
      var last: int;
      readings += (0, 10);
      readings += (1, 20);
      readings += (2, 30);
      last = readings[sizeof(readings)];
    }
  }
}
