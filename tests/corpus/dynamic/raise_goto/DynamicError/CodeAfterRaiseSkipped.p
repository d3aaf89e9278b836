// bug: assertion
// `raise` abandons the rest of the handler, so the counter update written after it never happens (8.5 raise).
event eOrder: int;
event eRejected;
event eReport;

machine Shop {
  var rejected: int;
  start state Open {
    on eOrder do (qty: int) {
      if (qty > 10) {
        raise eRejected;
        rejected = rejected + 1;
      }
    }
    on eRejected do { }
    on eReport do {
      assert rejected == 1, format("recorded {0} rejections", rejected);
    }
  }
}

machine Main {
  start state Start {
    entry {
      var s: Shop;
      s = new Shop();
      send s, eOrder, 3;
      send s, eOrder, 50;
      send s, eReport;
    }
  }
}
