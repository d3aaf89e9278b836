// Missing return in a machine method; an assertion with a non-literal condition does not count (reference 6.5).
machine Calc {
  var ready: bool;
  start state S { }
  fun Value(): int { // error: P0501
    if (ready) { return 1; }
    assert ready;
  }
}
