// A with-handler asserts the shipped quantity fits the stock; every order fits (8.5 Transition).
event eShip: int;
event eRestock;

machine Main {
  var stock: int;
  start state InStock {
    entry {
      stock = 10;
      send this, eShip, 4;
    }
    on eShip goto Shipped with (qty: int) {
      assert qty <= stock, format("cannot ship {0} of {1}", qty, stock);
      stock = stock - qty;
    }
  }
  state Shipped {
    entry {
      assert stock == 6;
      send this, eRestock;
    }
    on eRestock goto Done;
  }
  state Done { }
}
