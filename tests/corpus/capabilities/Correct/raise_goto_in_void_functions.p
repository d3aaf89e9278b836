// raise and goto are allowed in functions without a return type, directly or through calls, in entry and do handlers (reference 6.4 rule 1).
event eRetry;
event eFail;
machine Worker {
  var attempts: int;
  start state Trying {
    entry { Attempt(); }
    on eRetry do { Attempt(); }
    on eFail goto Failed;
  }
  state Failed {
    entry { if (attempts > 3) { GiveUp(); } }
    ignore eRetry, eFail;
  }
  state Done { }
  fun Attempt() {
    attempts = attempts + 1;
    if ($) { goto Done; }
    if (attempts > 5) { raise eFail; }
    raise eRetry;
  }
  fun GiveUp() { goto Done; }
}
