// A call must pass exactly as many arguments as parameters (reference 6.1, 6.7 item 8 FunctionMissingArgs).
fun Add(a: int, b: int): int { return a + b; }
machine Caller {
  var n: int;
  start state S {
    entry {
      n = Add(1); // error: P0302
      n = Add(1, 2, 3); // error: P0302
    }
  }
}
