// `choose(int)` yields an int and `choose()` a bool; using them at other types is a mismatch (reference 6.1).
machine Picker {
  var b: bool;
  var i: int;
  start state S {
    entry {
      b = choose(5); // error: P0301
      i = choose(); // error: P0301
      i = $; // error: P0301
    }
  }
}
