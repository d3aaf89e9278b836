// `?` is not a P token: lexical error (reference 1.6, 6.7 item 1).
machine Picker {
  var n: int;
  start state S {
    entry {
      n = 1;
      ? // error: P0101
      n = 2;
    }
  }
}
