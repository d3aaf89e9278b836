// Rule 5.2.6: an enum accepts only its own elements: not ints, not another enum (reference 5.2, 6.7 item 8 EnumType).
enum tColor { Red, Green }
enum tSize { Small, Large }
machine Painter {
  var c: tColor;
  start state S {
    entry {
      c = 0; // error: P0301
      c = Large; // error: P0301
    }
  }
}
