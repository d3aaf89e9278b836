// bug: assertion
// Deferred events keep their inbox order; the shutdown deferred last is not handled first (8.5 defer).
event eTask: int;
event eShutdown;
event eResume;

machine Worker {
  var done: int;
  start state Paused {
    defer eTask, eShutdown;
    on eResume goto Running;
  }
  state Running {
    on eTask do (t: int) { done = done + 1; }
    on eShutdown do {
      assert done == 0, format("shutdown handled after {0} tasks", done);
    }
  }
}

machine Main {
  start state Start {
    entry {
      var w: Worker;
      w = new Worker();
      send w, eTask, 1;
      send w, eTask, 2;
      send w, eShutdown;
      send w, eResume;
    }
  }
}
