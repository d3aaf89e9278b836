// A handler calls a method that blocks in receive; the reply is handed over and the handler continues after the call (8.6 step 7, 4.7).
event eQuery: (client: machine, key: int);
event eAnswer: int;
event eAsk: int;

machine Store {
  start state Serve {
    on eQuery do (q: (client: machine, key: int)) { send q.client, eAnswer, q.key * 10; }
  }
}

machine Main {
  var store: machine;
  var sum: int;
  start state Run {
    entry {
      store = new Store();
      send this, eAsk, 1;
      send this, eAsk, 2;
    }
    on eAsk do (k: int) {
      sum = sum + Lookup(k);
      if (k == 2) { assert sum == 30, format("sum {0}", sum); }
    }
  }
  fun Lookup(k: int): int {
    var v: int;
    send store, eQuery, (client = this, key = k);
    receive {
      case eAnswer: (x: int) { v = x; }
    }
    return v;
  }
}
