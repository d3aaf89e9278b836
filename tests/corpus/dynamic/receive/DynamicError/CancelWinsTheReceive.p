// bug: assertion
// A receive awaiting a result or a cancel takes whichever is queued first; a racing cancel wins (8.6 step 2, 8.10).
event eCompute: machine;
event eResult: int;
event eCancel;
event eGo: machine;

machine Calculator {
  start state Run {
    on eCompute do (c: machine) { send c, eResult, 42; }
  }
}

machine Canceller {
  start state Run {
    on eGo do (c: machine) { send c, eCancel; }
  }
}

machine Main {
  start state Ask {
    entry {
      var result: int;
      send new Canceller(), eGo, this;
      send new Calculator(), eCompute, this;
      receive {
        case eResult: (r: int) { result = r; }
        case eCancel: { }
      }
      assert result == 42, "the computation was cancelled before its result arrived";
    }
    ignore eResult, eCancel;
  }
}
