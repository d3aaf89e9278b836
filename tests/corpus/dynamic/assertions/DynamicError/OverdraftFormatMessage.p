// bug: assertion
// An assert with a format(...) message fails when a withdrawal overdraws the account (8.4, 8.9).
event eWithdraw: int;

machine Account {
  var balance: int;
  start state Open {
    entry {
      balance = 50;
    }
    on eWithdraw do (amount: int) {
      balance = balance - amount;
      assert balance >= 0, format("balance went negative: {0} after withdrawing {1}", balance, amount);
    }
  }
}

machine Main {
  start state Init {
    entry {
      var acct: Account;
      acct = new Account();
      send acct, eWithdraw, 30;
      send acct, eWithdraw, 30;
    }
  }
}
