// `return e;` inside a receive case body of a handler (reference 6.2 receive).
event eOk: bool;
machine Waiter {
  start state S {
    entry {
      receive {
        case eOk: (b: bool) {
          return b; // error: P0504
        }
      }
    }
  }
}
