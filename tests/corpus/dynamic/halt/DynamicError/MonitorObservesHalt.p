// bug: unhandled-event
// A spec observing `halt` must handle it in every state; a halt sent while it is Idle is unhandled (8.8).
event eStart;

spec Lifecycle observes eStart, halt {
  start state Idle {
    on eStart goto Running;
  }
  state Running {
    on halt goto Idle;
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
      var s: Service;
      s = new Service();
      send s, eStart;
      send s, halt;
      send s, halt;
    }
  }
}

test tcLifecycle [main = Main]: assert Lifecycle in { Main, Service };
