// bug: assertion
// An assert inside a receive case body fails on the received payload (8.6).
event eQuote: int;

machine Main {
  start state Buy {
    entry {
      var price: int;
      new Broker(this);
      receive {
        case eQuote: (p: int) {
          price = p;
          assert price <= 100, format("quote {0} is above the limit", price);
        }
      }
    }
  }
}

machine Broker {
  start state Quote {
    entry (buyer: machine) {
      send buyer, eQuote, 120;
    }
  }
}
