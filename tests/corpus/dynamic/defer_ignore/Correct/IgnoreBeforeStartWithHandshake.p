// The producer waits for eReady before sending, so nothing the collector ignores in Init is lost (8.5 ignore).
event eReady;
event eStart: machine;
event eData: int;
event eEnd;

machine Collector {
  var count: int;
  start state Init {
    ignore eData, eEnd;
    on eStart goto Collecting with (p: machine) {
      send p, eReady;
    }
  }
  state Collecting {
    on eData do (x: int) { count = count + 1; }
    on eEnd do {
      assert count == 3, format("collected {0} of 3", count);
    }
  }
}

machine Producer {
  start state Wait {
    entry (c: machine) {
      send c, eStart, this;
      receive {
        case eReady: { }
      }
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
      new Producer(new Collector());
    }
  }
}
