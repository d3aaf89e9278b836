// CR LF line endings are whitespace (reference 1.1).
event eTick;
machine Clock {
  start state Run {
    on eTick do { }
  }
}
