// bug: runtime-error
// Assigning to a seq element requires an existing index; s[sizeof(s)] = v fails (8.4).
machine Main {
  start state Fill {
    entry {
      var slots: seq[bool];
      var i: int;
      while (i < 3) {
        slots += (i, false);
        i = i + 1;
      }
      slots[3] = true;
    }
  }
}
