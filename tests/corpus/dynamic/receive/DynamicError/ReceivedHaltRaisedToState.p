// bug: assertion
// A halt received while waiting (no case lists it) acts as `raise halt`, which the state's handler then sees (8.6 step 5).
event eResult: int;

machine Worker {
  start state Compute {
    entry (boss: machine) {
      send boss, eResult, 42;
    }
  }
}

machine Main {
  start state Wait {
    entry {
      new Worker(this);
      send this, halt;
      receive {
        case eResult: (r: int) { }
      }
    }
    on halt do {
      assert false, "halt interrupted the receive before the result";
    }
    ignore eResult;
  }
}
