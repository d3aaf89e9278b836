// A driver picks workload sizes with choose(n); the worker handles every size, including zero (8.3 choose(n)).
event eBatch: seq[int];
event eSum: int;

machine Worker {
  var owner: machine;
  start state Run {
    entry (o: machine) { owner = o; }
    on eBatch do (b: seq[int]) {
      var x: int;
      var s: int;
      foreach (x in b) {
        s = s + x;
      }
      send owner, eSum, s;
    }
  }
}

machine Main {
  start state Drive {
    entry {
      var w: Worker;
      var batch: seq[int];
      var n: int;
      var i: int;
      w = new Worker(this);
      n = choose(6);
      while (i < n) {
        batch += (i, i + 1);
        i = i + 1;
      }
      send w, eBatch, batch;
      receive {
        case eSum: (s: int) {
          assert s == n * (n + 1) / 2, format("sum {0} for n = {1}", s, n);
        }
      }
    }
  }
}
