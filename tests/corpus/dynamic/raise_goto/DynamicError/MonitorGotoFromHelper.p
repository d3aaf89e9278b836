// bug: assertion
// A spec method performs a goto; the target's entry asserts the overdraft never happens (8.8 goto in a monitor).
event eBalance: int;

spec NoOverdraft observes eBalance {
  start state Solvent {
    on eBalance do (b: int) {
      Check(b);
    }
  }
  state Overdrawn {
    entry (b: int) {
      assert false, format("balance fell to {0}", b);
    }
  }
  fun Check(b: int) {
    if (b < 0) {
      goto Overdrawn, b;
    }
  }
}

machine Account {
  start state Run {
    entry {
      var bal: int;
      bal = 10;
      while (bal > -20) {
        announce eBalance, bal;
        bal = bal - 15;
      }
    }
  }
}

test tcOverdraft [main = Account]: assert NoOverdraft in { Account };
