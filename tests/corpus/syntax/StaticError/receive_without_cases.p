// `receive` needs at least one case (reference 2.4).
machine Waiter {
  start state S {
    entry {
      receive { } // error: P0102
    }
  }
}
