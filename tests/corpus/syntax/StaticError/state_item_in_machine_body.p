// An `entry` written directly in a machine body is one syntax error; the `fun` after it on that line adds none (reference 2.3).
machine Main {
  entry fun Setup() { } // error: P0102
  start state Init { }
}
