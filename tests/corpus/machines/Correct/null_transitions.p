// `on null` transitions and handlers in machines (reference 4.3, 8.5).
event eKick;
machine Spinner {
  var rounds: int;
  start state Spin {
    on null do { rounds = rounds + 1; if (rounds > 3) { goto Rest; } }
    on eKick goto Rest;
  }
  state Rest {
    on null goto Spin;
    ignore eKick;
  }
}
