// A state that no transition reaches produces a warning (reference 4.5).
event eGo;
machine Light {
  start state Off {
    on eGo goto On;
  }
  state On {
    on eGo goto Off;
  }
  state Broken { // warning: P0802
    ignore eGo;
  }
}
