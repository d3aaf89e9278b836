// `*`, `/`, `%`, `-` need both int or both float (reference 6.1).
machine Ops {
  var i: int;
  var f: float;
  start state S {
    entry {
      f = f * 2; // error: P0305
      i = i % 2.0; // error: P0305
      f = 1.0 - i; // error: P0305
    }
  }
}
