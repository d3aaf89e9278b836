// A spec handles or ignores every observed event in every state, so it never fails (8.8).
event eLock;
event eUnlock;
event eRead;

spec LockDiscipline observes eLock, eUnlock, eRead {
  start state Unlocked {
    on eLock goto Locked;
    ignore eRead;
  }
  state Locked {
    on eUnlock goto Unlocked;
    ignore eRead;
  }
}

machine Worker {
  start state Work {
    entry {
      var i: int;
      while (i < 3) {
        announce eLock;
        announce eRead;
        announce eUnlock;
        i = i + 1;
      }
    }
  }
}

test tcLocking [main = Worker]: assert LockDiscipline in { Worker };
