// bug: liveness
// The server drops requests for unknown keys, so the spec is hot when the program terminates (8.11, 8.9).
event eGet: (client: machine, key: string);
event eValue: int;

spec GetsAnswered observes eGet, eValue {
  var pending: int;
  start cold state Idle {
    on eGet goto Pending with { pending = pending + 1; }
    ignore eValue;
  }
  hot state Pending {
    on eGet do { pending = pending + 1; }
    on eValue do {
      pending = pending - 1;
      if (pending == 0) {
        goto Idle;
      }
    }
  }
}

machine Store {
  var kv: map[string, int];
  start state Serve {
    entry { kv["a"] = 1; }
    on eGet do (q: (client: machine, key: string)) {
      if (q.key in kv) {
        send q.client, eValue, kv[q.key];
      }
    }
  }
}

machine Main {
  start state Start {
    entry {
      var s: Store;
      s = new Store();
      send s, eGet, (client = this, key = "a");
      send s, eGet, (client = this, key = "b");
    }
    on eValue do (v: int) { }
  }
}

test tcGets [main = Main]: assert GetsAnswered in { Main, Store };
