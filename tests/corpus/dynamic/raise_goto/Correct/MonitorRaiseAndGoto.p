// A spec raises and goes to states while it observes events; every path is handled (8.8 raise/goto).
event eBalance: int;
event eLow: int;

spec BalanceWatch observes eBalance {
  var lows: int;
  start state Healthy {
    on eBalance do (b: int) {
      if (b < 10) {
        raise eLow, b;
      }
    }
    on eLow goto Warning with (b: int) {
      lows = lows + 1;
    }
  }
  state Warning {
    entry (b: int) {
      assert b < 10 && lows >= 1;
    }
    on eBalance do (b: int) {
      if (b >= 10) {
        goto Healthy;
      }
    }
  }
}

machine Account {
  start state Run {
    entry {
      announce eBalance, 50;
      announce eBalance, 5;
      announce eBalance, 3;
      announce eBalance, 40;
      announce eBalance, 1;
    }
  }
}

test tcWatch [main = Account]: assert BalanceWatch in { Account };
