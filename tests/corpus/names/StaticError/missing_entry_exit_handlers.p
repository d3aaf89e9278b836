// Named entry and exit functions that do not exist (reference 3.3, 6.7 item 6).
machine Server {
  start state S {
    entry Setup; // error: P0203
    exit Teardown; // error: P0203
  }
}
