// Named methods as entry, exit, do and with handlers run in transition order and get the payload; a (int) payload unwraps into an int parameter (6.3, 8.5 Transition).
event eOne: (int);
event eTwo: int;
event eThree: (a: int, b: string);
machine Main {
  var log: seq[string];
  start state S {
    entry Start;
    on eOne do OnOne;
    on eTwo goto T with WithTwo;
    exit Leave;
  }
  state T {
    entry EnterT;
    on eThree do (p: (a: int, b: string)) { log += (sizeof(log), p.b); Check(); }
  }
  fun Start() { send this, eOne, (4,); send this, eTwo, 5; send this, eThree, (a = 1, b = "z"); }
  fun OnOne(x: int) { log += (sizeof(log), format("one {0}", x)); }
  fun WithTwo(x: int) { log += (sizeof(log), format("with {0}", x)); }
  fun Leave() { log += (sizeof(log), "exit"); }
  fun EnterT(x: int) { log += (sizeof(log), format("enter {0}", x)); }
  fun Check() {
    assert format("{0}", log) == "(one 4, exit, with 5, enter 5, z)", format("{0}", log);
  }
}
spec Seen observes eOne, eTwo, eThree {
  var n: int;
  start state S { on eOne, eTwo, eThree do { n = n + 1; assert n <= 3; } }
}
test tc [main = Main]: assert Seen in { Main };
