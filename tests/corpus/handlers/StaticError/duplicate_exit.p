// A state with two exit handlers (reference 6.3, 6.7 item 4).
machine Worker {
  start state S {
    exit Done;
    exit { } // error: P0404
  }
  fun Done() { }
}
