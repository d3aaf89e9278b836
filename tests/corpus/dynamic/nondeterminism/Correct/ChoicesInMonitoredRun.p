// A spec tracks an account whose deposits and withdrawals are picked with choose; guarded withdrawals keep it non-negative (8.3, 8.8).
event eDeposited: int;
event eWithdrew: int;

spec NonNegative observes eDeposited, eWithdrew {
  var balance: int;
  start state Watch {
    on eDeposited do (x: int) { balance = balance + x; }
    on eWithdrew do (x: int) {
      balance = balance - x;
      assert balance >= 0, format("balance {0}", balance);
    }
  }
}

machine Main {
  var balance: int;
  start state Run {
    entry {
      var i: int;
      var amount: int;
      while (i < 6) {
        amount = choose(20);
        if ($) {
          balance = balance + amount;
          announce eDeposited, amount;
        } else if (amount <= balance) {
          balance = balance - amount;
          announce eWithdrew, amount;
        }
        i = i + 1;
      }
    }
  }
}

test tcAccount [main = Main]: assert NonNegative in { Main };
