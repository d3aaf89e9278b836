// The assert condition must be exactly bool (reference 6.2).
machine Auditor {
  var n: int;
  var a: any;
  start state S {
    entry {
      assert n; // error: P0306
      assert a, "any is not bool"; // error: P0306
    }
  }
}
