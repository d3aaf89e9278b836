// The logical implication `==>` is PVerifier-only (reference 1.6, 2.5).
machine Logic {
  var p: bool;
  var q: bool;
  start state S {
    entry {
      assert p ==> q; // error: P0901
    }
  }
}
