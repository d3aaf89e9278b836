// Transitive: an exit handler calling a method that may raise (reported at the call) (reference 6.4 rule 2, 6.7 item 18).
event eFail;
machine Worker {
  start state S {
    exit {
      Cleanup(); // error: P0407
    }
    on eFail goto T;
  }
  state T { }
  fun Cleanup() { if ($) { raise eFail; } }
}
