// bug: runtime-error
// The expression of a `print` is evaluated: reading seq[sizeof(seq)] inside it is out of range (8.3, 8.4 print).
machine Main {
  start state Read {
    entry {
      var readings: seq[int];
      var i: int;
      readings += (0, 10);
      readings += (1, 20);
      readings += (2, 30);
      i = sizeof(readings);
      print format("last reading {0}", readings[i]);
    }
  }
}
