// A spec may use raise, goto, assert, print, ignore, local functions and global functions that only compute or raise (reference 4.6, 6.4 rules 3-4).
event eReq: int;
event eResp: int;
event eInternal;
fun Double(x: int): int { return x * 2; }
fun Validate(x: int) { assert x >= 0, "negative"; }
fun Twice(x: int): int { return Double(Double(x) / 2); }
spec Matching observes eReq, eResp {
  var pending: set[int];
  start state Watching {
    on eReq do (id: int) {
      Validate(id);
      pending += (Twice(id));
      if (sizeof(pending) > 100) { raise eInternal; }
    }
    on eResp do (id: int) { Check(id); }
    on eInternal goto Overloaded;
  }
  hot state Overloaded {
    entry { print "overloaded"; }
    ignore eReq, eResp;
  }
  fun Check(id: int) {
    assert Double(id) in pending, format("unmatched response {0}", id);
    pending -= Double(id);
  }
}
