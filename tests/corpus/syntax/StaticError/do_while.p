// There is no `do ... while` loop (reference 2.4).
machine Looper {
  var i: int;
  start state S {
    entry {
      do { i = i + 1; } while (i < 3); // error: P0102
    }
  }
}
