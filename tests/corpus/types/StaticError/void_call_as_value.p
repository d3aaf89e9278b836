// A function without a return type used as a value (reference 4.7, 6.7 item 8 FunctionReturnsNothingInAssignment).
fun Log(msg: string) { print msg; }
machine Worker {
  var n: int;
  var s: string;
  start state S {
    entry {
      n = Log("a"); // error: P0325
      s = Log("b"); // error: P0325
    }
  }
}
