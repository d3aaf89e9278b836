// bug: assertion
// `on e goto S` passes e's payload to S's entry, which rejects the oversized order (8.5).
event eCheckout: (items: int, total: int);

machine Cart {
  start state Browsing {
    entry {
      send this, eCheckout, (items = 3, total = 250);
    }
    on eCheckout goto Paying;
  }
  state Paying {
    entry (order: (items: int, total: int)) {
      assert order.total <= 200, format("order total {0} over the card limit", order.total);
    }
  }
}

machine Main {
  start state Start {
    entry {
      new Cart();
    }
  }
}
