// bug: assertion
// Arguments are passed by value: a function appending to its seq parameter does not change the caller's seq (4.7, 8.2).
fun AddDefaults(opts: seq[string]) {
  opts += (sizeof(opts), "verbose");
  opts += (sizeof(opts), "color");
}

machine Main {
  start state Configure {
    entry {
      var opts: seq[string];
      opts += (0, "fast");
      AddDefaults(opts);
      assert sizeof(opts) == 3, format("options {0}", opts);
    }
  }
}
