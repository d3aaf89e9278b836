// The part after the '.' of a float literal must be digits: `1 . x` is neither a float nor a field of an int (reference 1.4, 2.5).
machine Scale {
  var weight: float;
  start state Weigh {
    entry {
      weight = 1 . half; // error: P0102
    }
  }
}
