// The contract form with `return (r: T)` and `ensures` is PVerifier-only (reference 2.1, App. A).
fun Inc(x: int) return (r: int); requires x >= 0; ensures r == x + 1; // error: P0901
