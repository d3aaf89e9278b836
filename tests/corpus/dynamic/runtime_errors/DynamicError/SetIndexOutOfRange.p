// bug: runtime-error
// Indexing a set by position past its size is out of range (8.3 Indexing set[i]).
machine Main {
  start state Walk {
    entry {
      var tags: set[string];
      var seen: seq[string];
      var i: int;
      tags += ("red");
      tags += ("blue");
      tags += ("red");
      while (i < 3) {
        seen += (i, tags[i]);
        i = i + 1;
      }
    }
  }
}
