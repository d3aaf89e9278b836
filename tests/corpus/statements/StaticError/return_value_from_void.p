// Handlers and void functions may only return nothing: `return;`, or a value of the type of null (reference 6.2, 6.7 item 8 EntryReturnsValue).
fun Log() {
  return 1; // error: P0303
}
machine Worker {
  start state S {
    entry {
      return true; // error: P0303
    }
  }
}
