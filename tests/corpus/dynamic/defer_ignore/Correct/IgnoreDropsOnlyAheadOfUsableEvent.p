// Ignored events in front of the first usable event are dropped; the machine takes the usable one and keeps later events (8.5 event loop step 2).
event eNoise;
event eWork: int;
event eDone;

machine Main {
  var total: int;
  start state Busy {
    entry {
      send this, eNoise;
      send this, eWork, 3;
      send this, eNoise;
      send this, eWork, 4;
      send this, eDone;
    }
    ignore eNoise;
    on eWork do (n: int) { total = total + n; }
    on eDone goto Finished;
  }
  state Finished {
    entry { assert total == 7, format("total {0}", total); }
  }
}
