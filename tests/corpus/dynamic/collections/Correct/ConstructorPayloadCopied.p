// The payload of `new` is copied: the creator's later edits do not reach the new machine's start entry (8.2, 8.5 Creation).
event eReport: machine;
event eSize: int;

machine Worker {
  var jobs: seq[string];
  start state Run {
    entry (js: seq[string]) { jobs = js; }
    on eReport do (c: machine) { send c, eSize, sizeof(jobs); }
  }
}

machine Main {
  start state Start {
    entry {
      var jobs: seq[string];
      var w: Worker;
      jobs += (0, "a");
      jobs += (1, "b");
      w = new Worker(jobs);
      jobs += (2, "c");
      jobs -= 0;
      send w, eReport, this;
      receive { case eSize: (n: int) { assert n == 2, format("worker saw {0} jobs", n); } }
    }
  }
}
