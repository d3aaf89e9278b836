// Transitive: a spec calling a global function that calls one that creates or chooses (reference 6.4 rule 4).
event eReq;
machine Helper {
  start state S { }
}
fun MakeHelper() { new Helper(); }
fun Setup() { MakeHelper(); }
fun Coin(): bool { return $; }
fun Decide(): bool { return Coin(); }
spec Auditor observes eReq {
  var b: bool;
  start state S {
    entry {
      Setup(); // error: P0411
    }
    on eReq do {
      b = Decide(); // error: P0411
    }
  }
}
