// bug: runtime-error
// The expression of a `print` is evaluated: dividing by an empty seq's size inside it fails (8.3, 8.4 print).
event eReport;

machine Main {
  var samples: seq[int];
  start state Stats {
    entry {
      send this, eReport;
    }
    on eReport do {
      var sum: int;
      var s: int;
      foreach (s in samples) {
        sum = sum + s;
      }
      print format("average {0}", sum / sizeof(samples));
    }
  }
}
