// `on E goto S` where S's entry expects an int but E carries no payload (reference 6.3, 6.7 item 10 HasEntryArgs).
event eStart;
machine Worker {
  start state Idle {
    on eStart goto Working; // error: P0320
  }
  state Working {
    entry (jobs: int) { }
  }
}
