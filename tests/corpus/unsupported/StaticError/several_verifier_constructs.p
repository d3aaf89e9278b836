// Each PVerifier-only construct is reported where it occurs (reference 1.3).
pure Limit(): int; // error: P0901
axiom Limit() > 0; // error: P0901
machine Guard {
  var ok: bool;
  start state S {
    entry {
      ok = true ==> true; // error: P0901
    }
  }
}
