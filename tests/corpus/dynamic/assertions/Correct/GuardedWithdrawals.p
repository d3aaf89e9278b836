// An account rejects overdrafts before debiting, so the balance assert never fails (8.4, 8.9).
event eWithdraw: int;

machine Account {
  var balance: int;
  start state Open {
    entry {
      balance = 50;
    }
    on eWithdraw do (amount: int) {
      if (amount <= balance) {
        balance = balance - amount;
      }
      assert balance >= 0, format("balance {0} is negative", balance);
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
      send acct, eWithdraw, 20;
    }
  }
}
