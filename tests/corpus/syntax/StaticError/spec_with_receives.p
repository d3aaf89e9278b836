// A spec takes no `receives`/`sends` clauses (reference 2.1).
event eTick;
spec Watcher observes eTick receives eTick; { // error: P0102
  start state S {
    on eTick do { }
  }
}
