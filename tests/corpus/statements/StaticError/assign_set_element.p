// Set elements cannot be assigned (reference 6.2, 6.7 item 13 SetAccess).
machine Bag {
  var s: set[int];
  var n: int;
  start state S {
    entry {
      s += (1);
      n = s[0];
      s[0] = 2; // error: P0313
    }
  }
}
