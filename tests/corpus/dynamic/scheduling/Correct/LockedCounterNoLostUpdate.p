// Clients increment a shared counter under a lock server, so no interleaving loses an update (8.10).
event eAcquire: machine;
event eGranted;
event eRelease;
event eGet: machine;
event eValue: int;
event eSet: int;

machine Lock {
  start state Free {
    on eAcquire goto Held with (c: machine) { send c, eGranted; }
  }
  state Held {
    defer eAcquire;
    on eRelease goto Free;
  }
}

machine Counter {
  var value: int;
  var sets: int;
  start state Serve {
    on eGet do (c: machine) { send c, eValue, value; }
    on eSet do (v: int) {
      value = v;
      sets = sets + 1;
      assert value == sets, format("counter {0} after {1} increments", value, sets);
    }
  }
}

machine Client {
  start state Inc {
    entry (env: (lock: machine, counter: machine)) {
      send env.lock, eAcquire, this;
      receive { case eGranted: { } }
      send env.counter, eGet, this;
      receive {
        case eValue: (v: int) { send env.counter, eSet, v + 1; }
      }
      send env.lock, eRelease;
    }
  }
}

machine Main {
  start state Start {
    entry {
      var env: (lock: machine, counter: machine);
      env = (lock = new Lock(), counter = new Counter());
      new Client(env);
      new Client(env);
      new Client(env);
    }
  }
}
