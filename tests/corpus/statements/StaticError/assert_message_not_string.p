// The assert message must be exactly string (reference 6.2).
machine Auditor {
  var n: int;
  start state S {
    entry {
      assert n == 0, n; // error: P0307
      assert true, 42; // error: P0307
    }
  }
}
