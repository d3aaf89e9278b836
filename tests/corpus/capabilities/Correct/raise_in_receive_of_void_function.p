// raise/goto in a receive case count for the enclosing function, which is fine when it has no return type (reference 6.2 receive).
event eOk;
event eAbort;
machine Client {
  start state Waiting {
    entry { Await(); }
    on eAbort goto Aborted;
  }
  state Aborted {
    ignore eOk, eAbort;
  }
  fun Await() {
    receive {
      case eOk: { }
      case eAbort: { raise eAbort; }
    }
  }
}
