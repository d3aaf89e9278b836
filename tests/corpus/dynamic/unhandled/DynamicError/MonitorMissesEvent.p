// bug: unhandled-event
// A spec observes eUnlock but its Unlocked state has no handler for a second unlock (8.8).
event eLock;
event eUnlock;

spec LockDiscipline observes eLock, eUnlock {
  start state Unlocked {
    on eLock goto Locked;
  }
  state Locked {
    on eUnlock goto Unlocked;
  }
}

machine Worker {
  start state Work {
    entry {
      announce eLock;
      announce eUnlock;
      announce eUnlock;
    }
  }
}

test tcDoubleUnlock [main = Worker]: assert LockDiscipline in { Worker };
