// There are no negative literals: `-2147483648` is minus applied to an out-of-range literal (reference 1.4).
machine Small {
  var n: int;
  start state S {
    entry {
      n = -2147483648; // error: P0104
    }
  }
}
