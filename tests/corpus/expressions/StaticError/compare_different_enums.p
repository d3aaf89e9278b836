// Values of two different enums cannot be compared (reference 4.2, 6.7 item 11 enum1).
enum tColor { Red, Green }
enum tFruit { Apple, Cherry }
machine Cmp {
  var c: tColor;
  var b: bool;
  start state S {
    entry {
      b = c == Apple; // error: P0319
      b = c == 0; // error: P0319
    }
  }
}
