// An event may appear in at most one receive case, including twice in one case (reference 6.2).
event eOk;
event eFail;
machine Waiter {
  start state S {
    entry {
      receive {
        case eOk: { }
        case eFail, eOk: { } // error: P0412
      }
      receive {
        case eFail, eFail: { } // error: P0412
      }
    }
  }
}
