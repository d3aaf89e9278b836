// A chain of raises runs in the current state before the next inbox event is taken (8.5 raise).
event eInput: int;
event eParse: int;
event eStore: int;
event eCheck;

machine Pipeline {
  var stored: seq[int];
  start state Run {
    on eInput do (x: int) { raise eParse, x; }
    on eParse do (x: int) {
      if (x >= 0) {
        raise eStore, x * 2;
      }
    }
    on eStore do (x: int) { stored += (sizeof(stored), x); }
    on eCheck do {
      assert sizeof(stored) == 2 && stored[0] == 2 && stored[1] == 6, format("stored {0}", stored);
    }
  }
}

machine Main {
  start state Start {
    entry {
      var p: Pipeline;
      p = new Pipeline();
      send p, eInput, 1;
      send p, eInput, -4;
      send p, eInput, 3;
      send p, eCheck;
    }
  }
}
