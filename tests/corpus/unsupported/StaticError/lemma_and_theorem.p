// `Lemma` and `Theorem` groups of invariants are PVerifier-only (reference 1.3, App. A).
Lemma basicSafety { invariant inv1: true; } // error: P0901
Theorem overall { invariant inv2: 1 == 1; } // error: P0901
