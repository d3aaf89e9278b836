// bug: runtime-error
// choose(sizeof(s) + 1) can yield sizeof(s), an index past the end (8.3 choose(n), Indexing).
machine Main {
  start state Sample {
    entry {
      var names: seq[string];
      var pick: string;
      names += (0, "ana");
      names += (1, "bo");
      names += (2, "cy");
      pick = names[choose(sizeof(names) + 1)];
    }
  }
}
