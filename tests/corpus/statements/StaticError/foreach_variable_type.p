// The foreach variable must have exactly the element type, not a supertype (reference 6.2, 6.7 item 15 foreach2).
machine Walker {
  var xs: seq[int];
  var f: float;
  var a: any;
  start state S {
    entry {
      foreach (f in xs) { } // error: P0314
      foreach (a in xs) { } // error: P0314
    }
  }
}
