// Several `receives`/`sends` clauses accumulate; `receives;` means the empty set (reference 2.1, 4.5).
event eReq;
event eAck;
event eNack;
event eFwd;
event eReply;

machine Router receives eReq; receives eAck, eNack; sends eFwd; sends eReply; {
  start state Route {
    on eReq do { }
    on eAck, eNack do { }
  }
}

machine Sink sends eReply; receives; {
  start state Idle { }
}

machine Source sends; {
  start state Idle {
    ignore eFwd;
  }
}
