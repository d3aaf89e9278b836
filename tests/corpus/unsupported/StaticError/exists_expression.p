// `exists` quantifier expressions are PVerifier-only (reference 1.3, 2.5, App. A).
fun Any(): bool {
  return exists (x: int) :: x > 3; // error: P0901
}
