// Each argument must be assignable to its parameter type (reference 6.1, 6.7 item 8).
fun Greet(name: string, times: int) { }
machine Caller {
  start state S {
    entry {
      Greet("ann", 2);
      Greet(2, 2); // error: P0301
      Greet("ann", "twice"); // error: P0301
    }
  }
}
