// An exit handler must not goto (reference 6.4 rule 2, 6.7 item 18; reported at the handler, as the reference does).
event eNext;
machine Worker {
  start state S {
    exit { goto T; } // error: P0407
    on eNext goto T;
  }
  state T { }
}
