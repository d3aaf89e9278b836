// Deferred events are handled in their original order once the state stops deferring them (8.5 defer).
event eTask: int;
event eResume;

machine Worker {
  var next: int;
  start state Paused {
    defer eTask;
    on eResume goto Running;
  }
  state Running {
    on eTask do (t: int) {
      assert t == next, format("task {0} before task {1}", t, next);
      next = next + 1;
    }
  }
}

machine Main {
  start state Start {
    entry {
      var w: Worker;
      var i: int;
      w = new Worker();
      while (i < 4) {
        send w, eTask, i;
        i = i + 1;
      }
      send w, eResume;
    }
  }
}
