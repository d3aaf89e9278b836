// The vending machine: defer of other sessions, nested map-of-tuple updates, enum coins coerced with to int (4.2, 6.2, 8.4).
machine VendingMachine {
  var catalog: map[string, tProduct];
  var customer: machine;
  var inserted: seq[tCoin];
  var cashBox: map[tCoin, int];
  var sales: int;

  start state Init {
    entry (initial: map[string, tProduct]) {
      var c: tCoin;
      var all: seq[tCoin];
      catalog = initial;
      all += (0, NICKEL); all += (1, DIME); all += (2, QUARTER); all += (3, DOLLAR);
      foreach (c in all) {
        cashBox[c] = 4;
      }
      goto Idle;
    }
  }

  state Idle {
    entry {
      customer = null;
      inserted = default(seq[tCoin]);
    }
    on eBeginSession do (who: machine) {
      customer = who;
      send who, eSessionOpen;
      goto Collecting;
    }
    on eRestock do (r: (item: string, count: int)) { Restock(r.item, r.count); }
    ignore eCancelSession;
  }

  state Collecting {
    defer eBeginSession;
    on eRestock do (r: (item: string, count: int)) { Restock(r.item, r.count); }

    on eInsertCoin do (p: (machine, tCoin)) {
      assert p.0 == customer, format("coin from {0} during {1}'s session", p.0, customer);
      inserted += (sizeof(inserted), p.1);
      cashBox[p.1] = cashBox[p.1] + 1;
    }

    on eSelect do (s: (customer: machine, item: string)) {
      var receipt: tReceipt;
      receipt = Vend(s.item);
      send customer, eVended, receipt;
      goto Idle;
    }

    on eCancelSession do (who: machine) {
      var refund: tReceipt;
      refund.result = VEND_UNKNOWN;
      refund.paid = Total(inserted);
      refund.change = MakeChange(refund.paid);
      send customer, eVended, refund;
      goto Idle;
    }
  }

  fun Vend(item: string): tReceipt {
    var r: tReceipt;
    var paid: int;
    paid = Total(inserted);
    r = (result = VEND_OK, item = item, change = default(seq[tCoin]), paid = paid);
    if (!(item in catalog)) {
      r.result = VEND_UNKNOWN;
    } else if (catalog[item].stock == 0) {
      r.result = VEND_SOLD_OUT;
    } else if (paid < catalog[item].price) {
      r.result = VEND_NOT_ENOUGH;
    }
    if (r.result != VEND_OK) {
      r.change = MakeChange(paid);
      return r;
    }
    catalog[item].stock = catalog[item].stock - 1;
    sales = sales + catalog[item].price;
    r.change = MakeChange(paid - catalog[item].price);
    return r;
  }

  // Greedy change from the cash box, largest coin first.
  fun MakeChange(amount: int): seq[tCoin] {
    var out: seq[tCoin];
    var order: seq[tCoin];
    var c: tCoin;
    order += (0, DOLLAR); order += (1, QUARTER); order += (2, DIME); order += (3, NICKEL);
    foreach (c in order) {
      while (amount >= c to int && cashBox[c] > 0) {
        out += (sizeof(out), c);
        cashBox[c] = cashBox[c] - 1;
        amount = amount - (c to int);
      }
    }
    assert amount == 0, format("cannot make change, {0} cents short; box {1}", amount, cashBox);
    return out;
  }

  fun Restock(item: string, count: int) {
    if (item in catalog) {
      catalog[item].stock = catalog[item].stock + count;
    } else {
      catalog += (item, (price = 50, stock = count));
    }
  }
}

fun Total(coins: seq[tCoin]): int {
  var sum: int;
  var c: tCoin;
  foreach (c in coins) {
    sum = sum + (c to int);
  }
  return sum;
}
