// An event both deferred and handled in one state (reference 6.7 item 4 EventDeferredDoSameState, EventDeferredHandledSameState).
event eWork;
event eMove;
machine Worker {
  start state S {
    on eWork do { }
    defer eWork; // error: P0403
    defer eMove;
    on eMove goto T; // error: P0403
  }
  state T { }
}
