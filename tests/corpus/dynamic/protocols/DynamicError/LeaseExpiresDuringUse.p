// bug: assertion
// A lock server expires a lease on a timer tick and regrants it while the first holder is still inside (8.8, 8.10).
event eAcquire: machine;
event eGrant;
event eRelease;
event eExpire;
event eEnter;
event eExit;

spec MutualExclusion observes eEnter, eExit {
  var inside: int;
  start state Watch {
    on eEnter do { inside = inside + 1; assert inside <= 1, "two holders inside"; }
    on eExit do { inside = inside - 1; }
  }
}

machine LockServer {
  start state Free {
    on eAcquire goto Held with (c: machine) {
      send c, eGrant;
      send this, eExpire;
    }
    ignore eRelease, eExpire;
  }
  state Held {
    defer eAcquire;
    on eRelease goto Free;
    on eExpire goto Free;
  }
}

machine Client {
  start state Work {
    entry (s: machine) {
      send s, eAcquire, this;
      receive { case eGrant: { } }
      announce eEnter;
      send s, eAcquire, this;
      announce eExit;
      send s, eRelease;
    }
    ignore eGrant;
  }
}

machine Main {
  start state Start {
    entry {
      var s: LockServer;
      s = new LockServer();
      new Client(s);
      new Client(s);
    }
  }
}

test tcLease [main = Main]: assert MutualExclusion in { Main, LockServer, Client };
