// bug: liveness
// A bank debits, then may crash (`$`, halt) before forwarding the credit; the conservation spec is left hot (8.5 Halting, 8.11).
event eTransfer: (amount: int, dest: machine);
event eCredit: int;
event eDebited: int;
event eCredited: int;

spec MoneyArrives observes eDebited, eCredited {
  var inFlight: int;
  start cold state Balanced {
    on eDebited goto InFlight with (x: int) { inFlight = x; }
    ignore eCredited;
  }
  hot state InFlight {
    on eCredited do (x: int) {
      inFlight = inFlight - x;
      if (inFlight == 0) { goto Balanced; }
    }
    ignore eDebited;
  }
}

machine Bank {
  var balance: int;
  start state Open {
    entry (initial: int) { balance = initial; }
    on eTransfer do (t: (amount: int, dest: machine)) {
      balance = balance - t.amount;
      announce eDebited, t.amount;
      if ($) {
        raise halt;
      }
      send t.dest, eCredit, t.amount;
    }
    on eCredit do (x: int) {
      balance = balance + x;
      announce eCredited, x;
    }
  }
}

machine Main {
  start state Run {
    entry {
      var a: Bank;
      a = new Bank(100);
      send a, eTransfer, (amount = 30, dest = new Bank(50));
    }
  }
}

test tcTransfer [main = Main]: assert MoneyArrives in { Main, Bank };
