// The target of goto is looked up only among the states of the enclosing machine (reference 3.3, 6.2).
event eGo;
machine Server {
  start state Ready { ignore eGo; }
  state Serving { }
}
machine Client {
  start state Init {
    on eGo goto Serving; // error: P0204
    entry { goto Serving; } // error: P0204
  }
}
