// There is no `*=` operator (reference 2.4).
machine Scaler {
  var factor: int;
  start state S {
    entry {
      factor = 2;
      factor *= 3; // error: P0102
    }
  }
}
