// `raise` deep in a call chain abandons every frame up to the handler; the code after each call never runs (8.5 raise).
event eStop: int;

machine Main {
  var after: int;
  start state Run {
    entry {
      Outer();
      after = after + 100;
    }
    on eStop goto Stopped;
  }
  state Stopped {
    entry (code: int) {
      assert code == 42 && after == 0, format("code {0} after {1}", code, after);
    }
  }
  fun Outer() {
    Inner();
    after = after + 10;
  }
  fun Inner() {
    raise eStop, 42;
    after = after + 1;
  }
}
