// A machine must have a start state (reference 4.5, 6.7 item 5 MachineNoStartState).
event eGo;
machine Idle { // error: P0401
  state A { on eGo goto B; }
  state B { ignore eGo; }
}
