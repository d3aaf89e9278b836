// Exit handlers take no parameter (reference 4.7, 6.3, 6.7 item 10 HasExitArgs; entry/exit problems are reported at the state, as the reference does).
machine Worker {
  start state S { // error: P0406
    exit Finish;
  }
  fun Finish(code: int) { }
}
