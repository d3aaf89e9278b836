// A machine may halt with deferred events still queued; nothing is reported (8.9 not bugs).
event eData: int;
event eAbort;

machine Stage {
  start state Waiting {
    defer eData;
    on eAbort do { raise halt; }
  }
}

machine Main {
  start state Start {
    entry {
      var s: Stage;
      s = new Stage();
      send s, eData, 1;
      send s, eData, 2;
      send s, eAbort;
      send s, eData, 3;
    }
  }
}
