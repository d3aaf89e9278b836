// bug: assertion
// The with-handler of `on e goto S with H` runs after exit and its assert fails (8.5 Transition).
event eShip: int;

machine Main {
  var stock: int;
  start state InStock {
    entry {
      stock = 3;
      send this, eShip, 5;
    }
    on eShip goto Shipped with (qty: int) {
      assert qty <= stock, format("cannot ship {0} of {1}", qty, stock);
    }
  }
  state Shipped { }
}
