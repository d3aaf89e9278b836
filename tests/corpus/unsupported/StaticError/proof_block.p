// `Proof` blocks with `prove`, `using` and `except` are PVerifier-only (reference 1.3, App. A).
Proof { prove *; prove default using goalA except goalB; } // error: P0901
