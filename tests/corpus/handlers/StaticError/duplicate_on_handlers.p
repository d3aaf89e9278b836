// Two `on` clauses for the same event in one state (reference 6.3, 6.7 item 4 DuplicateActions, ActionAndTransitionSameEvent).
event eReq;
machine Server {
  start state Serving {
    on eReq do { }
    on eReq goto Done; // error: P0403
  }
  state Done { }
}
