// `receives` is reserved and cannot name an event (reference 1.2, 1.3).
event receives; // error: P0107
machine Inbox {
  start state S { }
}
