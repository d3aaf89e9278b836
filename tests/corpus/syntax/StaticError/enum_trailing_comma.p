// An enum has no trailing comma (reference 2.1).
enum tColor { Red, Green, } // error: P0102
machine Painter {
  start state S { }
}
