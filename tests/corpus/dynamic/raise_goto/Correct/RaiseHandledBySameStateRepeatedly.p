// A handler may raise the event it handles: each raise is dispatched in the current state before the inbox, ending after a bounded count (8.5 raise).
event eCount: int;
event eCheck;

machine Main {
  var last: int;
  start state Counting {
    entry {
      send this, eCheck;
      raise eCount, 0;
    }
    on eCount do (n: int) {
      last = n;
      if (n < 50) { raise eCount, n + 1; }
    }
    on eCheck do { assert last == 50, format("eCheck before the chain ended: {0}", last); }
  }
}
