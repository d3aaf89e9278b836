// A small order service used by the conformance tests: two specs (a safety spec and a
// liveness spec with a hot state), an audit spec whose payload exercises every kind of P
// value, and machines that make `pide check` produce traces for the round-trip tests.

enum tCarrier { POST, COURIER, PICKUP }
type tOrder = (id: int, item: string, qty: int);
type tShipment = (id: int, carrier: tCarrier);
type tAudit = (tags: set[string], counts: map[string, int], path: seq[int],
               pair: (int, bool), carrier: tCarrier, who: machine, ratio: float,
               byCarrier: map[tCarrier, int], note: any);

event eOrderPlaced: tOrder;
event eOrderShipped: tShipment;
event eOrderCancelled: int;
event eAudit: tAudit;
event eHeartbeat;

// Safety: quantities are positive, an id is placed once, and only an open order ships or
// is cancelled.
spec OrderSafety observes eOrderPlaced, eOrderShipped, eOrderCancelled {
  var open: map[int, tOrder];
  var closed: set[int];

  start state Watching {
    on eOrderPlaced do (o: tOrder) {
      assert o.qty > 0, format("order {0} has quantity {1}", o.id, o.qty);
      assert !(o.id in open) && !(o.id in closed), format("order {0} placed twice", o.id);
      open[o.id] = o;
    }
    on eOrderShipped do (s: tShipment) {
      assert s.id in open, format("order {0} shipped but it is not open", s.id);
      open -= (s.id);
      closed += (s.id);
    }
    on eOrderCancelled do (id: int) {
      assert id in open, format("order {0} cancelled but it is not open", id);
      open -= (id);
      closed += (id);
    }
  }
}

// Liveness: every placed order is eventually shipped or cancelled.
spec OrderProgress observes eOrderPlaced, eOrderShipped, eOrderCancelled {
  var pending: set[int];

  start cold state AllDone {
    on eOrderPlaced do (o: tOrder) { pending += (o.id); goto Pending; }
    ignore eOrderShipped, eOrderCancelled;
  }

  hot state Pending {
    on eOrderPlaced do (o: tOrder) { pending += (o.id); }
    on eOrderShipped do (s: tShipment) { Close(s.id); }
    on eOrderCancelled do (id: int) { Close(id); }
  }

  fun Close(id: int) {
    pending -= (id);
    if (sizeof(pending) == 0) { goto AllDone; }
  }
}

// Checks an audit record; `counts["total"]` is a runtime error when the key is missing.
spec AuditSpec observes eAudit {
  start state Auditing {
    on eAudit do (a: tAudit) {
      assert a.counts["total"] == sizeof(a.path), format("audit total {0} but {1} steps", a.counts["total"], sizeof(a.path));
      assert a.pair.1 == ("vip" in a.tags), "pair flag disagrees with the vip tag";
      print format("audit by {0}: carrier {1}, ratio {2}", a.who, a.carrier, a.ratio);
    }
  }
}

// A shop that places two orders, ships one and cancels the other.
machine Shop {
  start state Run {
    entry {
      send this, eOrderPlaced, (id = 1, item = "book", qty = 2);
      send this, eOrderPlaced, (id = 2, item = "pen", qty = 1);
      send this, eOrderShipped, (id = 1, carrier = COURIER);
      send this, eOrderCancelled, 2;
      send this, eHeartbeat;
    }
    ignore eOrderPlaced, eOrderShipped, eOrderCancelled, eHeartbeat;
  }
}

// The same shop with a bug: it ships order 1 twice.
machine DoubleShipShop {
  start state Run {
    entry {
      send this, eOrderPlaced, (id = 1, item = "book", qty = 2);
      send this, eOrderShipped, (id = 1, carrier = POST);
      announce eOrderShipped, (id = 1, carrier = POST);
    }
    ignore eOrderPlaced, eOrderShipped, eOrderCancelled;
  }
}

// A shop that forgets an order: OrderProgress stays hot.
machine ForgetfulShop {
  start state Run {
    entry {
      send this, eOrderPlaced, (id = 7, item = "lamp", qty = 1);
    }
    ignore eOrderPlaced;
  }
}

// Announces one audit record that AuditSpec accepts.
machine Auditor {
  start state Run {
    entry {
      var a: tAudit;
      a.tags += ("vip");
      a.tags += ("eu");
      a.counts["total"] = 3;
      a.path += (0, 4);
      a.path += (1, 2);
      a.path += (2, 9);
      a.pair = (3, true);
      a.carrier = PICKUP;
      a.who = this;
      a.ratio = 0.5;
      a.byCarrier[POST] = 1;
      a.note = "fragile";
      announce eAudit, a;
    }
  }
}

test tcAudit [main = Auditor]: assert AuditSpec in { Auditor };
test tcShop [main = Shop]: assert OrderSafety, OrderProgress in { Shop };
test tcDoubleShip [main = DoubleShipShop]: assert OrderSafety in { DoubleShipShop };
test tcForgetful [main = ForgetfulShop]: assert OrderProgress in { ForgetfulShop };
