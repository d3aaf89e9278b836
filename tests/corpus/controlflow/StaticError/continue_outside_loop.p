// `continue` outside a while/foreach body (reference 6.5, 6.7 item 16 continueOutsideLoop).
event eTick;
machine Worker {
  start state S {
    on eTick do {
      continue; // error: P0503
    }
  }
}
