// `x in c` needs a seq, set or map on the right (reference 6.1, 6.7 item 11 InOperator).
machine Finder {
  var s: string;
  var b: bool;
  start state S {
    entry {
      b = "a" in s; // error: P0305
      b = 1 in 5; // error: P0305
    }
  }
}
