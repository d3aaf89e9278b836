// `goto S, v` delivers v to S's entry even when the entry is a named method (8.5; Appendix B 2: pide delivers it).
event eStart;

machine Main {
  var received: int;
  start state Idle {
    entry { send this, eStart; }
    on eStart do { goto Working, 42; }
  }
  state Working {
    entry Begin;
  }
  fun Begin(job: int) {
    received = job;
    assert received == 42, format("entry got {0}", received);
  }
}
