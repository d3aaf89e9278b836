// A parameterless receive case requires every event of the case to have no payload (reference 6.2).
event eNum: int;
event eStop;
machine Waiter {
  start state S {
    entry {
      receive {
        case eStop: { }
        case eNum: { } // error: P0321
      }
    }
  }
}
