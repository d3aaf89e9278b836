// `f(...)` looks up only functions, so calling a variable fails (reference 3.3).
machine Caller {
  var step: int;
  start state S {
    entry {
      step(); // error: P0203
    }
  }
}
