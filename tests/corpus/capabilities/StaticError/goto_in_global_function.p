// goto in a global function: no state can be found (reference 4.7, 6.7 item 6 GotoRecoveryErrors).
fun Restart() {
  goto Init; // error: P0413
}
machine Server {
  start state Init {
    entry { }
  }
}
