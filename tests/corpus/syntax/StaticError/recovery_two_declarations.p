// Recovery: independent syntax errors in two separate declarations are both reported (reference 2, 6.8).
machine First {
  var a: int;
  start state S {
    entry { a = = 1; } // error: P0102
  }
}

machine Second {
  var b: int;
  start state S {
    entry { b = 2 * ; } // error: P0102
  }
}
