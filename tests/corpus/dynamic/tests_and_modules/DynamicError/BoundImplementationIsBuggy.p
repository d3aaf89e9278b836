// bug: assertion
// `new Cache()` creates whatever the test binds to interface Cache; here the faulty LruCache is bound (4.4, 7.1).
event ePut: (key: int, value: int);
event eGet: (key: int, client: machine);
event eHit: int;

interface Cache() receives ePut, eGet;

machine LruCache receives ePut, eGet; {
  var store: map[int, int];
  start state Serve {
    on ePut do (p: (key: int, value: int)) {
      store[p.key] = p.value + 1;
    }
    on eGet do (g: (key: int, client: machine)) {
      send g.client, eHit, store[g.key];
    }
  }
}

machine Main {
  start state Use {
    entry {
      var c: Cache;
      c = new Cache();
      send c, ePut, (key = 1, value = 10);
      send c, eGet, (key = 1, client = this);
    }
    on eHit do (v: int) {
      assert v == 10, format("cache returned {0} for a stored 10", v);
    }
  }
}

test tcLru [main = Main]: { Main, LruCache -> Cache };
