// Rule 5.2.3: `event` accepts only events and null, not strings or ints (reference 5.2).
machine Dispatcher {
  var e: event;
  start state S {
    entry {
      e = "eReq"; // error: P0301
      e = 1; // error: P0301
    }
  }
}
