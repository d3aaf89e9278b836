// A state with two entry handlers (reference 6.3, 6.7 item 4 Duplicates).
machine Worker {
  start state S {
    entry { }
    entry Init; // error: P0404
  }
  fun Init() { }
}
