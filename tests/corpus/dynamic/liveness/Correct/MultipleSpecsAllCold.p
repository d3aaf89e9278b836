// Two liveness specs watch different obligations; both are back in cold states when the program ends (8.11).
event eOrder: int;
event eShipped: int;
event eInvoice: int;
event ePaid: int;

spec OrdersShip observes eOrder, eShipped {
  var open: int;
  start cold state Done {
    on eOrder goto Open with { open = 1; }
    ignore eShipped;
  }
  hot state Open {
    on eOrder do { open = open + 1; }
    on eShipped do { open = open - 1; if (open == 0) { goto Done; } }
  }
}

spec InvoicesPaid observes eInvoice, ePaid {
  start cold state Settled {
    on eInvoice goto Owing;
    ignore ePaid;
  }
  hot state Owing {
    on ePaid goto Settled;
    ignore eInvoice;
  }
}

machine Warehouse {
  start state Run {
    on eOrder do (id: int) {
      announce eShipped, id;
      announce eInvoice, id;
      announce ePaid, id;
    }
  }
}

machine Main {
  start state Start {
    entry {
      var w: Warehouse;
      w = new Warehouse();
      send w, eOrder, 1;
      send w, eOrder, 2;
    }
  }
}

test tcOrders [main = Main]: assert OrdersShip, InvoicesPaid in { Main, Warehouse };
