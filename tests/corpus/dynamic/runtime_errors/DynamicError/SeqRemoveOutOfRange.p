// bug: runtime-error
// Removing index 2 from a two-element seq (`s -= i`) is out of range (8.4).
machine Main {
  start state Trim {
    entry {
      var jobs: seq[string];
      jobs += (0, "build");
      jobs += (1, "test");
      jobs -= 0;
      jobs -= 1;
    }
  }
}
