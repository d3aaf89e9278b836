// `choose` of a non-int, non-collection value (reference 6.1, 6.7 other errors).
machine Picker {
  var b: bool;
  var s: string;
  var t: (int, int);
  start state S {
    entry {
      b = choose(true); // error: P0315
      s = choose("abc"); // error: P0315
      b = choose(t); // error: P0315
    }
  }
}
