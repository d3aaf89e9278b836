// The target entry's parameter must accept the triggering event's payload (reference 6.3, 6.7 item 8 payloadEntry, payloadTransitions).
event eJob: string;
machine Worker {
  start state Idle {
    on eJob goto Working; // error: P0320
  }
  state Working {
    entry Begin;
  }
  fun Begin(id: int) { }
}
