// `choose` with an int literal above 10000 is a static error (reference 6.1, 6.7 item 12 tooManyChoices).
machine Picker {
  var i: int;
  start state S {
    entry {
      i = choose(10000);
      i = choose(10001); // error: P0315
    }
  }
}
