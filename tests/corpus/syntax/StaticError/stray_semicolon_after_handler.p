// A `;` after an anonymous handler block inside a state body (reference 2.3).
event eTick;
machine Clock {
  start state Run {
    entry { };  // error: P0102
    on eTick do { }
  }
}
