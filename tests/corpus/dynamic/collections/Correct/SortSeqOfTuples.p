// A selection sort over a seq of named tuples, using element assignment, produces a sorted seq (8.4).
type tTask = (name: string, prio: int);

fun SortByPrio(ts: seq[tTask]): seq[tTask] {
  var i: int;
  var j: int;
  var best: int;
  var tmp: tTask;
  while (i < sizeof(ts)) {
    best = i;
    j = i + 1;
    while (j < sizeof(ts)) {
      if (ts[j].prio < ts[best].prio) {
        best = j;
      }
      j = j + 1;
    }
    tmp = ts[i];
    ts[i] = ts[best];
    ts[best] = tmp;
    i = i + 1;
  }
  return ts;
}

machine Main {
  start state Sort {
    entry {
      var tasks: seq[tTask];
      var sorted: seq[tTask];
      var i: int;
      tasks += (0, (name = "deploy", prio = 3));
      tasks += (1, (name = "build", prio = 1));
      tasks += (2, (name = "test", prio = 2));
      sorted = SortByPrio(tasks);
      while (i + 1 < sizeof(sorted)) {
        assert sorted[i].prio <= sorted[i + 1].prio, format("unsorted {0}", sorted);
        i = i + 1;
      }
      assert sorted[0].name == "build" && tasks[0].name == "deploy";
    }
  }
}
