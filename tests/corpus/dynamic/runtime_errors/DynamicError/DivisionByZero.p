// bug: runtime-error
// Integer division by zero when no samples were collected is a runtime error (8.3 int).
event eReport;

machine Main {
  var samples: seq[int];
  var average: int;
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
      average = sum / sizeof(samples);
    }
  }
}
