// `init-condition` (a single hyphenated token) is PVerifier-only (reference 1.3, App. A).
init-condition true; // error: P0901
machine Main {
  start state S { }
}
