// `observes` needs at least one event (reference 2.1).
spec Watcher observes { // error: P0102
  start state S { }
}
