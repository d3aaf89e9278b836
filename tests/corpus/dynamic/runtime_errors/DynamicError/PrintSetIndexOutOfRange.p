// bug: runtime-error
// The expression of a `print` is evaluated: a set index past its size inside it is out of range (8.3, 8.4 print).
machine Main {
  start state Walk {
    entry {
      var tags: set[string];
      var i: int;
      tags += ("red");
      tags += ("blue");
      tags += ("red");
      while (i < 3) {
        print tags[i];
        i = i + 1;
      }
    }
  }
}
