// A spec that observes `halt` handles it in every state, so shutdowns in any order are fine (8.8).
event eStart;

spec Lifecycle observes eStart, halt {
  var stops: int;
  start state Idle {
    on eStart goto Running;
    on halt do { stops = stops + 1; }
  }
  state Running {
    on halt goto Idle with { stops = stops + 1; }
    ignore eStart;
  }
}

machine Service {
  start state S {
    ignore eStart;
  }
}

machine Main {
  start state Start {
    entry {
      var a: Service;
      var b: Service;
      a = new Service();
      b = new Service();
      send a, eStart;
      send b, halt;
      send a, halt;
      send b, eStart;
    }
  }
}

test tcLifecycle [main = Main]: assert Lifecycle in { Main, Service };
