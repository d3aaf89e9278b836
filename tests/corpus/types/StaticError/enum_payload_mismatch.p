// Rule 5.2.6 in payload position: an enum payload rejects ints and other enums (reference 5.2, 6.2).
enum tLevel { Low, High }
enum tMode { Fast, Slow }
event eSetLevel: tLevel;
machine Device {
  start state S { on eSetLevel do (l: tLevel) { } }
}
machine Panel {
  var d: Device;
  start state S {
    entry {
      d = new Device();
      send d, eSetLevel, 1; // error: P0304
      send d, eSetLevel, Fast; // error: P0304
    }
  }
}
