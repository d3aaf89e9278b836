// bug: unhandled-event
// Heartbeats are ignored in Idle only; after a transition to Busy one is unhandled (8.5 ignore).
event eHeartbeat;
event eJob;

machine Worker {
  start state Idle {
    ignore eHeartbeat;
    on eJob goto Busy;
  }
  state Busy {
    ignore eJob;
  }
}

machine Main {
  start state Start {
    entry {
      var w: Worker;
      w = new Worker();
      send w, eHeartbeat;
      send w, eJob;
      send w, eHeartbeat;
    }
  }
}
