// Deferred events stay queued, in order, through several states that all defer them, and are handled once a state takes them (8.5 defer).
event eJob: int;
event eStep;

machine Main {
  var seen: seq[int];
  var steps: int;
  start state Boot {
    entry {
      send this, eJob, 1;
      send this, eJob, 2;
      send this, eStep;
      send this, eStep;
      send this, eStep;
    }
    defer eJob;
    on eStep goto Warm;
  }
  state Warm {
    defer eJob;
    on eStep do { steps = steps + 1; if (steps == 2) { goto Ready; } }
  }
  state Ready {
    on eJob do (n: int) {
      seen += (sizeof(seen), n);
      if (sizeof(seen) == 2) {
        assert seen[0] == 1 && seen[1] == 2, "deferred jobs kept their order";
        assert steps == 2;
      }
    }
  }
}
