// bug: assertion
// Two ATMs check the balance and then debit in separate messages; both checks can pass before either debit (8.10).
event eBalanceReq: machine;
event eBalance: int;
event eDebit: int;

machine Account {
  var balance: int;
  start state Open {
    entry { balance = 100; }
    on eBalanceReq do (c: machine) { send c, eBalance, balance; }
    on eDebit do (x: int) {
      balance = balance - x;
      assert balance >= 0, format("overdrawn to {0}", balance);
    }
  }
}

machine Atm {
  start state Withdraw {
    entry (acct: machine) {
      send acct, eBalanceReq, this;
      receive {
        case eBalance: (b: int) {
          if (b >= 80) {
            send acct, eDebit, 80;
          }
        }
      }
    }
  }
}

machine Main {
  start state Start {
    entry {
      var a: Account;
      a = new Account();
      new Atm(a);
      new Atm(a);
    }
  }
}
