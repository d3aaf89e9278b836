// Maps and ints are not iterable: use keys(m)/values(m) (reference 6.2, 6.7 item 15 foreach3).
machine Walker {
  var m: map[int, int];
  var k: int;
  start state S {
    entry {
      foreach (k in m) { } // error: P0314
      foreach (k in 10) { } // error: P0314
    }
  }
}
