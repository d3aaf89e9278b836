// `new` payloads: missing, extra and ill-typed constructor arguments (reference 6.1, 6.7 item 9 newMachine).
machine Plain {
  start state S { }
}
machine NeedsInt {
  start state S { entry (n: int) { } }
}
machine Creator {
  start state S {
    entry {
      new NeedsInt(); // error: P0304
      new NeedsInt("3"); // error: P0304
      new Plain(1); // error: P0304
      new NeedsInt(1, 2); // error: P0304
    }
  }
}
