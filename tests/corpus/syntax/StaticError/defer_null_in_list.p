// `null` cannot appear in a defer list, even after real events (reference 2.1, 4.3).
event eA;
event eB;
machine Buffer {
  start state S {
    defer eA, eB, null; // error: P0102
  }
}
