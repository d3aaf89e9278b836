// A stray `;` inside a state body is a syntax error (reference 2.3, 6.7 item 2).
event eTick;
machine Clock {
  start state Run {
    on eTick do { }
    ; // error: P0102
  }
}
