// No key is ever applied twice.
spec ExactlyOnceApply observes eApplied {
  var applied: set[tIdemKey];

  start state Watching {
    on eApplied do (a: (key: tIdemKey, account: string, amount: int)) {
      assert !(a.key in applied), format("key {0} applied twice (account {1})", a.key, a.account);
      applied += (a.key);
    }
  }
}

// A client that reports success only does so for an applied key.
spec AckImpliesApplied observes eApplied, eClientOutcome {
  var applied: set[tIdemKey];

  start state Watching {
    on eApplied do (a: (key: tIdemKey, account: string, amount: int)) {
      applied += (a.key);
    }
    on eClientOutcome do (o: (key: tIdemKey, acknowledged: bool)) {
      if (o.acknowledged) {
        assert o.key in applied, format("key {0} acknowledged but never applied", o.key);
      }
    }
  }
}

// Every key gets an outcome: hot while some key of a started client is open.
spec EveryKeyResolved observes eClientOutcome, eClientStarted {
  var open: map[machine, int];

  start cold state AllResolved {
    on eClientStarted do (c: (client: machine, count: int)) {
      open[c.client] = c.count;
      if (c.count > 0) {
        goto Unresolved;
      }
    }
    ignore eClientOutcome;
  }

  hot state Unresolved {
    on eClientStarted do (c: (client: machine, count: int)) {
      open[c.client] = c.count;
    }
    on eClientOutcome do {
      var total: int;
      var n: int;
      foreach (n in values(open)) {
        total = total + n;
      }
      // one outcome was reported: take it off any client with open keys
      foreach (n in values(open)) {
        assert n >= 0, "negative count";
      }
      DecrementAny();
      if (total - 1 == 0) {
        goto AllResolved;
      }
    }
  }

  fun DecrementAny() {
    var c: machine;
    foreach (c in keys(open)) {
      if (open[c] > 0) {
        open[c] = open[c] - 1;
        return;
      }
    }
  }
}
