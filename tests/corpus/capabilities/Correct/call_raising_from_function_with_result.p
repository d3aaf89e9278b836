// A function with a return type may call functions that raise or goto: rule 1 of 6.4 applies to the raise/goto statement's own function only (6.2 "enclosing function has no return type").
event eAbort;

machine Main {
  start state Work {
    entry {
      var r: int;
      r = Compute(3);
      r = Compute(-1);
      assert false, "Compute(-1) raises, so this is never reached";
    }
    on eAbort goto Aborted;
  }
  state Aborted {
    entry {
      var ok: bool;
      ok = Leave();
      assert false, "Leave() changes state, so this is never reached";
    }
  }
  state Done { }
  fun Compute(x: int): int {
    if (x < 0) {
      Abort();
    }
    return x;
  }
  fun Abort() { raise eAbort; }
  fun Leave(): bool {
    Finish();
    return true;
  }
  fun Finish() { goto Done; }
}
