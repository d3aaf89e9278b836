// An integer literal must fit a 32-bit signed int (reference 1.4, 6.7 item 12).
machine Big {
  var n: int;
  start state S {
    entry {
      n = 2147483648; // error: P0104
    }
  }
}
