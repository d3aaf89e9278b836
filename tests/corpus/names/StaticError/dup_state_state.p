// Duplicate states in one machine (reference 3.2 row "state", 6.7 item 3).
event eOpen;
machine Door {
  start state Closed {
    on eOpen goto Opened;
  }
  state Opened { }
  state Opened { } // error: P0201
}
