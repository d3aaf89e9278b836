// Undeclared events in receives/sends, observes and event set lists (reference 2.1, 3.3).
event eReq;
eventset esAll = { eReq, eResp }; // error: P0205
machine Server receives eReq, eCancel; sends eReq; { // error: P0205
  start state S { ignore eReq; }
}
spec Watch observes eReq, eGone { // error: P0205
  start state S { ignore eReq; }
}
