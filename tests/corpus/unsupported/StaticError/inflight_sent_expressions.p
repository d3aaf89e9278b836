// `inflight e` and `sent e` are PVerifier-only (reference 1.3, 2.5, App. A).
machine Client {
  var e: event;
  var b: bool;
  start state S {
    entry {
      b = inflight e; // error: P0901
      b = sent e; // error: P0901
    }
  }
}
