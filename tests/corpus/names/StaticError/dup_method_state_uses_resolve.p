// A method that clashes with an earlier state is one error; calls and handler uses of it still resolve to it, not to a global function of that name (reference 3.2, 3.3).
fun Refresh(n: int) { }
machine Cache {
  start state Refresh {
    entry { Refresh(); }
    exit Refresh;
  }
  fun Refresh() { } // error: P0201
}
