// Exactly one start state, which need not be the first state; a start state may be hot or cold on a machine (ignored) (reference 2.3, 4.5).
event eGo;
machine Lamp {
  state Off {
    on eGo goto On;
  }
  start hot state On {
    on eGo goto Off;
  }
}
machine Fan {
  state Spinning { ignore eGo; }
  start cold state Still {
    on eGo goto Spinning;
  }
}
