// A defined `pure` function is PVerifier-only (reference 1.3, App. A).
pure Twice(x: int): int = x * 2; // error: P0901
