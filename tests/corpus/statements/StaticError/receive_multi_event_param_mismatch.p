// A case parameter must hold the payload of every event its case lists (reference 6.2 receive).
event eNum: int;
event eText: string;
machine Collector {
  start state S {
    entry {
      receive {
        case eNum, eText: (n: int) { } // error: P0321
      }
    }
  }
}
