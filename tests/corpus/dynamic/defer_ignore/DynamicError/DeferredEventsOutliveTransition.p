// bug: unhandled-event
// Deferred events stay queued across transitions and reach a state that cannot handle them (8.5 defer).
event eWrite: int;
event eCommit;
event eClose;

machine Txn {
  start state Open {
    on eWrite do (x: int) { }
    on eCommit goto Committing;
  }
  state Committing {
    defer eWrite;
    entry {
      send this, eClose;
    }
    on eClose goto Closed;
  }
  state Closed {
    ignore eCommit;
  }
}

machine Main {
  start state Start {
    entry {
      var t: Txn;
      t = new Txn();
      send t, eWrite, 1;
      send t, eCommit;
      send t, eWrite, 2;
    }
  }
}
