// bug: assertion
// Two replicas answer; receive takes whichever reply arrives first, not necessarily the primary's (8.6, 8.10).
event eRead: machine;
event eValue: (from: int, v: int);

machine Replica {
  var id: int;
  start state Serve {
    entry (i: int) {
      id = i;
    }
    on eRead do (c: machine) {
      send c, eValue, (from = id, v = 10 * id);
    }
  }
}

machine Main {
  start state Read {
    entry {
      var primary: Replica;
      var backup: Replica;
      primary = new Replica(1);
      backup = new Replica(2);
      send primary, eRead, this;
      send backup, eRead, this;
      receive {
        case eValue: (r: (from: int, v: int)) {
          assert r.from == 1, format("answer came from replica {0}", r.from);
        }
      }
    }
    ignore eValue;
  }
}
