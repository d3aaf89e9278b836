// A machine method without a return type used as a value in an assignment (reference 4.7, 6.1).
machine Counter {
  var count: int;
  var flag: bool;
  start state S {
    entry {
      flag = Bump(); // error: P0325
    }
  }
  fun Bump() { count = count + 1; }
}
