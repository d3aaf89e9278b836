// bug: assertion
// A deferred event is skipped, so a later non-deferred event is handled before it (8.5 event loop step 2).
event eDeposit: int;
event eAudit;
event eOpen;

machine Ledger {
  var balance: int;
  start state Closed {
    defer eDeposit;
    on eAudit do {
      assert balance == 100, format("audit saw balance {0}; the deposit is still deferred", balance);
    }
    on eOpen goto Open;
  }
  state Open {
    on eDeposit do (x: int) { balance = balance + x; }
    ignore eAudit;
  }
}

machine Main {
  start state Start {
    entry {
      var l: Ledger;
      l = new Ledger();
      send l, eDeposit, 100;
      send l, eAudit;
      send l, eOpen;
    }
  }
}
