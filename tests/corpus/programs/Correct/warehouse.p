// Warehouse orders: a pairwise parameterised test, `hidee` and `rename` around a named module, an implementation, enums with explicit values as map keys (reference 4.2, 7.1-7.3).
param nOrders: int;
param allowBackorder: bool;
param restockAmount: int;

enum tItem { Widget = 10, Gadget = 20, Gizmo = 30 }
enum tOrderStatus { Filled, Backordered, Rejected }

type tOrder = (orderId: int, item: tItem, quantity: int);

event ePlaceOrder: (order: tOrder, customer: machine);
event eOrderResult: (orderId: int, status: tOrderStatus);
event eReserve: tOrder;
event eReserved: (orderId: int, granted: int, wanted: int);
event eRestock: int;
event eShipped: int;

interface IStockroom(machine) receives eReserve, eRestock;
interface IWarehouseStock(machine) receives eReserve, eRestock;

machine Customer receives eOrderResult; sends ePlaceOrder; {
  var store: Storefront;
  var outstanding: set[int];
  start state Ordering {
    entry {
      var i: int;
      store = new Storefront();
      while (i < nOrders) {
        send store, ePlaceOrder, (order = (orderId = i, item = PickItem(), quantity = choose(5) + 1), customer = this);
        outstanding += (i);
        i = i + 1;
      }
      if (nOrders <= 0) { goto Done; }
    }
    on eOrderResult do (r: (orderId: int, status: tOrderStatus)) {
      assert r.orderId in outstanding, "unexpected order result";
      outstanding -= r.orderId;
      if (r.status == Backordered) { assert allowBackorder, "backorder not allowed"; }
      if (sizeof(outstanding) == 0) { goto Done; }
    }
  }
  state Done {
    entry { print "all orders answered"; }
  }
  fun PickItem(): tItem {
    if ($) { return Widget; }
    if ($) { return Gadget; }
    return Gizmo;
  }
}

machine Storefront receives ePlaceOrder, eReserved; sends eReserve, eOrderResult, eShipped; {
  var stock: IStockroom;
  var waiting: map[int, machine];
  start state Open {
    entry { stock = new IStockroom(this); }
    on ePlaceOrder do (p: (order: tOrder, customer: machine)) {
      waiting[p.order.orderId] = p.customer;
      send stock, eReserve, p.order;
    }
    on eReserved do (r: (orderId: int, granted: int, wanted: int)) {
      var status: tOrderStatus;
      if (r.granted == r.wanted) {
        status = Filled;
        announce eShipped, r.orderId;
      } else if (allowBackorder) {
        status = Backordered;
      } else {
        status = Rejected;
      }
      send waiting[r.orderId], eOrderResult, (orderId = r.orderId, status = status);
      waiting -= r.orderId;
    }
  }
}

machine StockroomImpl receives eReserve, eRestock; sends eReserved; {
  var front: machine;
  var levels: map[tItem, int];
  start state Stocked {
    entry (f: machine) {
      front = f;
      levels[Widget] = restockAmount;
      levels[Gadget] = restockAmount;
      levels[Gizmo] = restockAmount;
    }
    on eReserve do (o: tOrder) {
      var granted: int;
      granted = o.quantity;
      if (levels[o.item] < granted) { granted = levels[o.item]; }
      levels[o.item] = levels[o.item] - granted;
      send front, eReserved, (orderId = o.orderId, granted = granted, wanted = o.quantity);
    }
    on eRestock do (amount: int) {
      var it: tItem;
      foreach (it in keys(levels)) { levels[it] = levels[it] + amount; }
    }
  }
}

spec FilledOrdersShipOnce observes eShipped {
  var shipped: set[int];
  start state Watching {
    on eShipped do (id: int) {
      assert !(id in shipped), format("order {0} shipped twice", id);
      shipped += (id);
    }
  }
}

module Shop = { Customer, Storefront, StockroomImpl -> IStockroom };
test param (nOrders in [0, 1, 3], allowBackorder in [true, false], restockAmount in [0, 2, 10]) pairwise tcShop [main = Customer]: assert FilledOrdersShipOnce in (hidee eReserve, eReserved in Shop);
test tcRenamed [main = Customer]: assert FilledOrdersShipOnce in (rename IStockroom to IWarehouseStock in Shop);
implementation ShopDeployment [main = Customer]: Shop;
