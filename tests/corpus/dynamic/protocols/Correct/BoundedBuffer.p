// A bounded buffer blocks producers with defer when full and consumers when empty; it never overflows (8.5 defer).
event ePut: int;
event eTake: machine;
event eItem: int;

machine Buffer {
  var items: seq[int];
  start state Empty {
    defer eTake;
    on ePut goto Partial with (x: int) { items += (0, x); }
  }
  state Partial {
    entry { assert sizeof(items) >= 1 && sizeof(items) <= 2, format("{0} items", sizeof(items)); }
    on ePut do (x: int) {
      items += (sizeof(items), x);
      if (sizeof(items) == 2) { goto Full; }
    }
    on eTake do (c: machine) {
      send c, eItem, items[0];
      items -= 0;
      if (sizeof(items) == 0) { goto Empty; }
    }
  }
  state Full {
    defer ePut;
    on eTake goto Partial with (c: machine) {
      send c, eItem, items[0];
      items -= 0;
    }
  }
}

machine Producer {
  start state Run {
    entry (b: machine) {
      var i: int;
      while (i < 4) { send b, ePut, i; i = i + 1; }
    }
  }
}

machine Main {
  start state Consume {
    entry {
      var b: Buffer;
      var i: int;
      b = new Buffer();
      new Producer(b);
      while (i < 4) {
        send b, eTake, this;
        receive { case eItem: (x: int) { assert x == i, format("took {0}, expected {1}", x, i); } }
        i = i + 1;
      }
    }
  }
}
