// A receive case asserts on the quote it gets; the broker's quote is within the limit (8.6).
event eQuote: int;

machine Main {
  start state Buy {
    entry {
      var price: int;
      new Broker(this);
      receive {
        case eQuote: (p: int) {
          price = p;
          assert price <= 100, format("quote {0} too high", price);
        }
      }
      assert price == 80;
    }
  }
}

machine Broker {
  start state Quote {
    entry (buyer: machine) {
      send buyer, eQuote, 80;
    }
  }
}
