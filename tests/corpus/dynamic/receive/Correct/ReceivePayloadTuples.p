// Receive cases bind tuple payloads and one case may list several events with compatible payloads (6.2, 8.6).
event eQuote: (price: int, qty: int);
event eBid: (price: int, qty: int);
event eDone;

machine Market {
  start state Run {
    entry (c: machine) {
      send c, eQuote, (price = 10, qty = 3);
      send c, eBid, (price = 9, qty = 1);
      send c, eDone;
    }
  }
}

machine Main {
  start state Trade {
    entry {
      var volume: int;
      var open: bool;
      open = true;
      new Market(this);
      while (open) {
        receive {
          case eQuote, eBid: (o: (price: int, qty: int)) { volume = volume + o.price * o.qty; }
          case eDone: { open = false; }
        }
      }
      assert volume == 39, format("volume {0}", volume);
    }
  }
}
