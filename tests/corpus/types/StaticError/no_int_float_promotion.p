// Rule 5.2.2: there is no int-to-float promotion and no float-to-int narrowing (reference 5.2).
machine Meter {
  var f: float;
  var i: int;
  start state S {
    entry {
      f = 1; // error: P0301
      i = 1.5; // error: P0301
    }
  }
}
