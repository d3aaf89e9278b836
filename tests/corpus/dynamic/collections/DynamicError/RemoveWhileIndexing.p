// bug: runtime-error
// Removing by index with a cached length shrinks the seq under the loop and indexes past its end (8.3, 8.4).
machine Main {
  start state Clean {
    entry {
      var readings: seq[int];
      var n: int;
      var i: int;
      readings += (0, 5);
      readings += (1, -1);
      readings += (2, 7);
      readings += (3, -4);
      n = sizeof(readings);
      while (i < n) {
        if (readings[i] < 0) {
          readings -= i;
        }
        i = i + 1;
      }
    }
  }
}
