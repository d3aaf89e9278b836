// A `with` handler may block in receive; the transition completes once the answer arrives (8.5, 8.6 step 7).
event eCheckout: machine;
event ePrice: int;
event eQuote: machine;

machine Pricing {
  start state Serve {
    on eQuote do (c: machine) {
      send c, ePrice, 30;
    }
  }
}

machine Main {
  var price: int;
  start state Cart {
    entry {
      send this, eCheckout, new Pricing();
    }
    on eCheckout goto Paid with (pricing: machine) {
      send pricing, eQuote, this;
      receive {
        case ePrice: (p: int) { price = p; }
      }
    }
  }
  state Paid {
    entry {
      assert price == 30;
    }
  }
}
