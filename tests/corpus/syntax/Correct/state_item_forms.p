// Every state item form: entry/exit named and anonymous, defer, ignore, on-do, on-goto, goto-with (reference 2.3).
event eStart;
event eData: int;
event eStop;
event eSkip;
event eLater;
event eJump: int;

machine Pipeline {
  var total: int;
  start state Init {
    entry { total = 0; }
    exit Leave;
    defer eLater;
    ignore eSkip;
    on eStart goto Running;
    on eData do Accumulate;
    on eStop goto Done with { total = -1; }
    on eJump goto Done with (v: int) { total = v; }
  }
  state Running {
    entry Begin;
    exit { total = total + 1; }
    on eData do (v: int) { total = total + v; }
    on eStop goto Done with Finish;
    ignore eSkip, eLater;
    defer eJump;
  }
  hot state Done {
    entry { }
    on eStart, eData, eStop do { }
    on null goto Init;
    on halt do { }
    ignore eSkip;
  }
  cold state Unused {
    on eJump goto Done with Record;
  }
  fun Leave() { }
  fun Accumulate(v: int) { total = total + v; }
  fun Begin() { total = 0; }
  fun Finish() { total = 0; }
  fun Record(v: int) { total = v; }
}
