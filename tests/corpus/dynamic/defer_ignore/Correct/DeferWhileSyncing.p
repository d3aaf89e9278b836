// A replica defers reads while syncing; reads are served only with synced data (8.5 defer).
event eRead: machine;
event eValue: int;
event eSynced: int;

machine Replica {
  var stored: int;
  start state Syncing {
    defer eRead;
    on eSynced goto Serving with (v: int) {
      stored = v;
    }
  }
  state Serving {
    on eRead do (c: machine) {
      send c, eValue, stored;
    }
  }
}

machine Client {
  start state Ask {
    entry (r: machine) {
      send r, eRead, this;
    }
    on eValue do (v: int) {
      assert v == 7, format("read unsynced value {0}", v);
    }
  }
}

machine Main {
  start state Start {
    entry {
      var r: Replica;
      r = new Replica();
      new Client(r);
      new Client(r);
      send r, eSynced, 7;
    }
  }
}
