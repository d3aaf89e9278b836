// `break` outside a while/foreach body (reference 6.5, 6.7 item 16 breakOutsideLoop).
machine Worker {
  var n: int;
  start state S {
    entry {
      if (n == 0) {
        break; // error: P0502
      }
    }
  }
}
