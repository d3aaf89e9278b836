// The creator's send is delivered before it even creates the worker, so eFirst always precedes eSecond (8.5, 8.10).
event eFirst;
event eSecond;

machine Collector {
  var first: bool;
  start state Collect {
    on eFirst do { first = true; }
    on eSecond do {
      assert first, "the worker reported before eFirst";
    }
  }
}

machine Worker {
  start state Run {
    entry (c: machine) {
      send c, eSecond;
    }
  }
}

machine Main {
  start state Start {
    entry {
      var c: Collector;
      c = new Collector();
      send c, eFirst;
      new Worker(c);
    }
  }
}
