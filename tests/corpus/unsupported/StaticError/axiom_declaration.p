// `axiom` declarations are PVerifier-only (reference 1.3, App. A).
axiom 1 + 1 == 2; // error: P0901
