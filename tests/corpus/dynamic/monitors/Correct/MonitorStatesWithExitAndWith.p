// A spec's exit, with-handler and entry run in order on each transition and keep its count right (8.8).
event eOpen;
event eClose;

spec SessionCount observes eOpen, eClose {
  var opened: int;
  var closed: int;
  start state Closed {
    on eOpen goto Opened with { opened = opened + 1; }
    ignore eClose;
  }
  state Opened {
    entry {
      assert opened == closed + 1;
    }
    exit {
      closed = closed + 1;
    }
    on eClose goto Closed;
    ignore eOpen;
  }
}

machine Client {
  start state Run {
    entry {
      var i: int;
      while (i < 3) {
        announce eOpen;
        announce eOpen;
        announce eClose;
        announce eClose;
        i = i + 1;
      }
    }
  }
}

test tcSessions [main = Client]: assert SessionCount in { Client };
