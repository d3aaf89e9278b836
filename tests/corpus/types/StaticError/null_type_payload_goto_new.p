// Rule 5.2.13 for constructor payloads: a machine without an entry parameter takes no value, not even via announce (reference 5.2, 6.2).
event eTick;
machine Plain {
  start state S { }
}
machine Maker {
  start state S {
    entry {
      new Plain(0); // error: P0304
      announce eTick, "now"; // error: P0304
    }
  }
}
