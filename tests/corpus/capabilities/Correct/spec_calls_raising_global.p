// A spec may call a global function that raises: only nondeterminism, new, send, announce and receive are forbidden (reference 4.6, 6.4 rule 4).
event eValue: int;
event eTooBig;
fun CheckLimit(v: int) {
  if (v > 100) { raise eTooBig; }
}
spec Limits observes eValue {
  start state Fine {
    on eValue do (v: int) { CheckLimit(v); }
    on eTooBig goto Exceeded;
  }
  state Exceeded {
    entry { assert false, "limit exceeded"; }
    ignore eValue;
  }
}
