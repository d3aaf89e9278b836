// bug: assertion
// Two clients read-modify-write a shared counter through Get/Set messages; an interleaving loses an update (8.10).
event eGet: machine;
event eValue: int;
event eSet: int;
event eCheck;

machine Counter {
  var value: int;
  var sets: int;
  start state Serve {
    on eGet do (c: machine) { send c, eValue, value; }
    on eSet do (v: int) {
      value = v;
      sets = sets + 1;
      if (sets == 2) {
        assert value == 2, format("lost update: counter is {0} after two increments", value);
      }
    }
  }
}

machine Client {
  start state Inc {
    entry (counter: machine) {
      send counter, eGet, this;
      receive {
        case eValue: (v: int) {
          send counter, eSet, v + 1;
        }
      }
    }
  }
}

machine Main {
  start state Start {
    entry {
      var c: Counter;
      c = new Counter();
      new Client(c);
      new Client(c);
    }
  }
}
