// Two specs observe the same events in attachment order and both hold (8.8 several monitors).
event eWithdraw: int;
event eDeposit: int;

spec NonNegative observes eWithdraw, eDeposit {
  var balance: int;
  start state Watch {
    on eDeposit do (x: int) { balance = balance + x; }
    on eWithdraw do (x: int) {
      balance = balance - x;
      assert balance >= 0, format("balance {0}", balance);
    }
  }
}

spec DailyLimit observes eWithdraw {
  var today: int;
  start state Watch {
    on eWithdraw do (x: int) {
      today = today + x;
      assert today <= 500;
    }
  }
}

machine Atm {
  start state Run {
    entry {
      announce eDeposit, 300;
      announce eWithdraw, 200;
      announce eDeposit, 300;
      announce eWithdraw, 250;
    }
  }
}

test tcAtm [main = Atm]: assert NonNegative, DailyLimit in { Atm };
