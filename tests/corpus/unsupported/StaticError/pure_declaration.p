// `pure` function declarations are PVerifier-only (reference 1.3, App. A).
pure Max(a: int, b: int): int; // error: P0901
machine Main {
  start state S { }
}
