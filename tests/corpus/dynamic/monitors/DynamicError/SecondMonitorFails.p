// bug: assertion
// Two specs observe the same event one after the other; the second one's assert fails (8.8 several monitors).
event eWithdraw: int;

spec NonNegative observes eWithdraw {
  start state Watch {
    on eWithdraw do (x: int) {
      assert x >= 0;
    }
  }
}

spec DailyLimit observes eWithdraw {
  var today: int;
  start state Watch {
    on eWithdraw do (x: int) {
      today = today + x;
      assert today <= 500, format("withdrew {0} today", today);
    }
  }
}

machine Atm {
  start state Run {
    entry {
      announce eWithdraw, 200;
      announce eWithdraw, 200;
      announce eWithdraw, 200;
    }
  }
}

test tcAtm [main = Atm]: assert NonNegative, DailyLimit in { Atm };
