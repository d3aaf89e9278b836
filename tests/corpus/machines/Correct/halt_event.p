// `halt` is a predefined event: it may be sent, raised, handled, deferred or ignored (reference 3.1, 4.3, 8.5).
event eWork;
machine Worker {
  start state Busy {
    on eWork do { }
    defer halt;
    on null goto Draining;
  }
  state Draining {
    on halt goto Stopping;
    ignore eWork;
  }
  state Stopping {
    entry { raise halt; }
  }
}
machine Main {
  var w: Worker;
  start state S {
    entry {
      w = new Worker();
      send w, eWork;
      send w, halt;
    }
    ignore halt;
  }
}
