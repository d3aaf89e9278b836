// An lvalue must resolve to a variable: assigning to an event name is "variable not found" (reference 3.3, 6.7 item 6).
event eReady;
machine Setter {
  start state S {
    entry {
      eReady = null; // error: P0202
    }
  }
}
