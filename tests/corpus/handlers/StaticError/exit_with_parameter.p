// Exit handlers take no parameter (reference 4.7, 6.3, 6.7 item 10 HasExitArgs).
machine Worker {
  start state S {
    exit Finish; // error: P0406
  }
  fun Finish(code: int) { }
}
