// Void functions and handlers need no return; an early `return;` is fine (reference 6.2, 6.5).
fun Log(msg: string) {
  if (msg == "") { return; }
  print msg;
}
machine Quiet {
  start state S {
    entry {
      Log("start");
    }
  }
}
