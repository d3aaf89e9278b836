// Two transitions, and an event repeated inside one event list (reference 6.3, 6.7 item 4 DuplicateTransitions).
event eGo;
event eBack;
machine Walker {
  start state A {
    on eGo goto B;
    on eGo goto C; // error: P0403
    on eBack, eBack do { } // error: P0403
  }
  state B { }
  state C { }
}
