// goto in a global function even when a calling machine has that state (reference 4.7).
event eReset;
fun MaybeReset(flag: bool) {
  if (flag) { goto Idle; } // error: P0413
}
machine Server {
  start state Idle {
    on eReset do { MaybeReset(true); }
  }
}
