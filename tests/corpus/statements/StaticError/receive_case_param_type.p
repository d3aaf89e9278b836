// A receive case parameter must accept the event's payload (reference 6.2).
event eNum: int;
event eName: string;
machine Waiter {
  start state S {
    entry {
      receive {
        case eNum: (s: string) { } // error: P0321
        case eName: (n: int) { } // error: P0321
      }
    }
  }
}
