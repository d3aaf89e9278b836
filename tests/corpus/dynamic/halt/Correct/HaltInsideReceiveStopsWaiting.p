// A halt arriving while a machine waits in receive (no case lists it) halts the machine; no deadlock remains (8.6 step 5).
event eNever;

machine Waiter {
  start state Wait {
    entry {
      receive {
        case eNever: { }
      }
    }
  }
}

machine Main {
  start state Start {
    entry {
      var w: Waiter;
      w = new Waiter();
      send w, halt;
    }
  }
}
