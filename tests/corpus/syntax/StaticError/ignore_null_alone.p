// `ignore null;` in a non-start state (reference 2.1, 4.3).
event eGo;
machine Idler {
  start state A { on eGo goto B; }
  state B {
    ignore null; // error: P0102
  }
}
