// The assert message must be a string, also inside specs (reference 6.2).
event eValue: int;
spec Bounds observes eValue {
  start state S {
    on eValue do (v: int) {
      assert v < 100, v; // error: P0307
    }
  }
}
