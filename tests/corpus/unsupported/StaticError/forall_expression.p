// `forall` quantifier expressions are PVerifier-only (reference 1.3, 2.5, App. A).
machine Checker {
  var b: bool;
  start state S {
    entry {
      b = forall (x: int) :: x == x; // error: P0901
    }
  }
}
