// An event deferred in one state and ignored in the next is silently dropped there; a state further on never sees it (8.5 defer/ignore per state).
event eStale;
event eNext;

machine Main {
  start state First {
    entry {
      send this, eStale;
      send this, eNext;
    }
    defer eStale;
    on eNext goto Second;
  }
  state Second {
    ignore eStale;
    entry { send this, eNext; }
    on eNext goto Third;
  }
  state Third {
    entry { send this, eNext; }
    on eNext do { }
  }
}
