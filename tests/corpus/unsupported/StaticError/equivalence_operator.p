// The logical equivalence `<==>` is PVerifier-only (reference 1.6, 2.5).
fun Same(p: bool, q: bool): bool {
  return p <==> q; // error: P0901
}
