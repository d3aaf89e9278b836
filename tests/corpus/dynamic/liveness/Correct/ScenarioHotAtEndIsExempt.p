// A scenario left in a hot state at the end of the run is not a liveness bug: scenarios are exempt from both liveness checks (8.11, 4.6).
event eOpen;
event eClose;

scenario SeesClose observes eOpen, eClose {
  start state Start {
    on eOpen goto Opened;
    ignore eClose;
  }
  hot state Opened {
    on eClose goto Closed;
    ignore eOpen;
  }
  cold state Closed {
    ignore eOpen, eClose;
  }
}

machine Main {
  start state Run {
    entry { announce eOpen; }
  }
}
