// `float != int` compares types neither of which is assignable to the other (reference 6.1, 6.7 item 11).
machine Cmp {
  var f: float;
  var b: bool;
  start state S {
    entry {
      b = f != 0; // error: P0319
      b = "1" == 1; // error: P0319
    }
  }
}
