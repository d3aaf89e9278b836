// A transfer debits and credits through acknowledged steps; the final audit always sees the same total (8.6).
event eDebit: (amount: int, client: machine);
event eCredit: (amount: int, client: machine);
event eDone;
event eAudit: machine;
event eBalance: int;

machine Bank {
  var balance: int;
  start state Open {
    entry (initial: int) { balance = initial; }
    on eDebit do (d: (amount: int, client: machine)) {
      balance = balance - d.amount;
      send d.client, eDone;
    }
    on eCredit do (c: (amount: int, client: machine)) {
      balance = balance + c.amount;
      send c.client, eDone;
    }
    on eAudit do (auditor: machine) { send auditor, eBalance, balance; }
  }
}

machine Main {
  start state Run {
    entry {
      var a: Bank;
      var b: Bank;
      var total: int;
      a = new Bank(100);
      b = new Bank(50);
      send a, eDebit, (amount = 30, client = this);
      receive { case eDone: { } }
      send b, eCredit, (amount = 30, client = this);
      receive { case eDone: { } }
      send a, eAudit, this;
      receive { case eBalance: (x: int) { total = total + x; } }
      send b, eAudit, this;
      receive { case eBalance: (x: int) { total = total + x; } }
      assert total == 150, format("total {0}", total);
    }
  }
}
