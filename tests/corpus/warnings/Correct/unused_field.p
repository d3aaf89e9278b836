// A machine field that is written but never read (reference 5.3).
event eSet: int;
machine Holder {
  var lastValue: int; // warning: P0804
  var count: int;
  start state S {
    on eSet do (v: int) { lastValue = v; count = count + 1; }
  }
}
