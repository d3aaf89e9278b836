// bug: assertion
// The creator sends eFirst right after `new Worker(c)`; the scheduling point at that send lets the worker's eSecond win (8.5 Creation, 8.10).
event eFirst;
event eSecond;

machine Collector {
  var first: bool;
  start state Collect {
    on eFirst do { first = true; }
    on eSecond do {
      assert first, "the worker reported before the creator's eFirst";
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
      new Worker(c);
      send c, eFirst;
    }
  }
}
