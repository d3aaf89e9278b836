// A stray `;` inside a machine body is a syntax error (reference 2.3).
machine Clock {
  var ticks: int;
  ; // error: P0102
  start state Run { }
}
