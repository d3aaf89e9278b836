// bug: assertion
// In a monitor transition the exit runs before the with-handler, so the handler sees the field the exit cleared (8.8).
event eCheckout: int;
event eAddItem: int;

spec CartTotals observes eAddItem, eCheckout {
  var total: int;
  start state Shopping {
    on eAddItem do (price: int) { total = total + price; }
    on eCheckout goto Paid with (paid: int) {
      assert paid == total, format("paid {0} for a cart of {1}", paid, total);
    }
    exit { total = 0; }
  }
  state Paid {
    ignore eAddItem, eCheckout;
  }
}

machine Shopper {
  start state Shop {
    entry {
      announce eAddItem, 5;
      announce eAddItem, 7;
      announce eCheckout, 12;
    }
  }
}

test tcCart [main = Shopper]: assert CartTotals in { Shopper };
