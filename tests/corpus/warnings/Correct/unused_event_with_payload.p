// Unused events with payloads are reported as well (reference 4.3).
event eStart;
event eLegacy: (int, string); // warning: P0803
event eObsolete: int; // warning: P0803
machine Main {
  start state S {
    entry { raise eStart; }
    on eStart goto T;
  }
  state T { }
}
