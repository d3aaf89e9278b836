// A spec that no test attaches only produces a warning (reference 4.6, 7.4).
event eReq;
spec NeverChecked observes eReq { // warning: P0801
  start state S { ignore eReq; }
}
machine Driver {
  start state S {
    entry { announce eReq; }
  }
}
test tcPlain [main = Driver]: { Driver };
