// `choose(m)` on a map yields a key, not a value (reference 6.1).
machine Picker {
  var m: map[int, string];
  var s: string;
  start state S {
    entry {
      s = choose(m); // error: P0301
    }
  }
}
