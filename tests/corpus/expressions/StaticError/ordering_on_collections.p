// Ordering operators need two ints, two floats or two strings: not tuples, seqs, events or machines (reference 6.1).
event eA;
machine Ops {
  var q: seq[int];
  var t: (int, int);
  var e: event;
  var b: bool;
  start state S {
    entry {
      b = q < q; // error: P0305
      b = t >= (1, 2); // error: P0305
      b = e > eA; // error: P0305
      b = this <= this; // error: P0305
    }
  }
}
