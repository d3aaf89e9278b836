// bug: assertion
// Data that races ahead of eStart is ignored (dropped) in Init, so the collector counts too few (8.5 ignore, 8.10).
event eStart;
event eData: int;
event eEnd;

machine Collector {
  var count: int;
  start state Init {
    ignore eData;
    on eStart goto Collecting;
  }
  state Collecting {
    on eData do (x: int) { count = count + 1; }
    on eEnd do {
      assert count == 3, format("collected {0} of 3", count);
    }
  }
}

machine Producer {
  start state Produce {
    entry (c: machine) {
      send c, eData, 1;
      send c, eData, 2;
      send c, eData, 3;
      send c, eEnd;
    }
  }
}

machine Main {
  start state Start {
    entry {
      var c: Collector;
      c = new Collector();
      new Producer(c);
      send c, eStart;
    }
  }
}
