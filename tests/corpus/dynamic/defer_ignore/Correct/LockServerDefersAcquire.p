// A lock server defers acquires while held and grants them one at a time after each release (8.5 defer).
event eAcquire: machine;
event eGrant;
event eRelease;

machine LockServer {
  var holder: machine;
  start state Free {
    on eAcquire goto Held with (c: machine) {
      holder = c;
      send c, eGrant;
    }
    ignore eRelease;
  }
  state Held {
    defer eAcquire;
    on eRelease goto Free;
  }
}

spec MutualExclusion observes eGrant, eRelease {
  var inside: int;
  start state Watch {
    on eGrant do {
      inside = inside + 1;
      assert inside == 1, format("{0} clients hold the lock", inside);
    }
    on eRelease do {
      inside = inside - 1;
    }
  }
}

machine Client {
  start state Acquire {
    entry (s: machine) {
      send s, eAcquire, this;
      receive {
        case eGrant: { }
      }
      send s, eRelease;
    }
  }
}

machine Main {
  start state Start {
    entry {
      var s: LockServer;
      s = new LockServer();
      new Client(s);
      new Client(s);
      new Client(s);
    }
  }
}

test tcLock [main = Main]: assert MutualExclusion in { Main, LockServer, Client };
