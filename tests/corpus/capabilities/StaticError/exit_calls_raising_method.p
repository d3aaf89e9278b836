// Transitive: an exit handler calling a method that may raise (reference 6.4 rule 2, 6.7 item 18; reported at the handler, as the reference does).
event eFail;
machine Worker {
  start state S {
    exit { // error: P0407
      Cleanup();
    }
    on eFail goto T;
  }
  state T { }
  fun Cleanup() { if ($) { raise eFail; } }
}
