// Transitive: a spec calling a global function that calls one that creates or chooses; reported at each global function the spec calls and at each spec handler, as the reference does (reference 6.4 rules 3-4).
event eReq;
machine Helper {
  start state S { }
}
fun MakeHelper() { new Helper(); }
fun Setup() { MakeHelper(); } // error: P0411
fun Coin(): bool { return $; }
fun Decide(): bool { return Coin(); } // error: P0411
spec Auditor observes eReq {
  var b: bool;
  start state S {
    entry { // error: P0411
      Setup();
    }
    on eReq do { // error: P0411
      b = Decide();
    }
  }
}
