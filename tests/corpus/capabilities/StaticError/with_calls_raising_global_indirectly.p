// Transitive through two calls: a with handler calling a method that calls a raising global function (reference 6.4 rule 2; reported at the handler, as the reference does).
event eStop;
event eRetry;
fun MaybeRetry() { if ($) { raise eRetry; } }
machine Worker {
  start state Running {
    on eStop goto Stopped with { // error: P0407
      Prepare();
    }
  }
  state Stopped {
    ignore eRetry;
  }
  fun Prepare() { MaybeRetry(); }
}
