// Each receive case event must be declared (reference 6.2 receive).
event eOk;
machine Waiter {
  start state S {
    entry {
      receive {
        case eOk: { }
        case eTimeout: { } // error: P0205
      }
    }
  }
}
