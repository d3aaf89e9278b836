// The foreach variable must already be declared (reference 6.2, 6.7 item 6 foreach1).
machine Walker {
  var xs: seq[int];
  var sum: int;
  start state S {
    entry {
      foreach (x in xs) { sum = sum + 1; } // error: P0202
    }
  }
}
