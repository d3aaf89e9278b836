// `invariant` declarations are PVerifier-only (reference 1.3, App. A).
event eElected: int;
invariant atMostOneLeader: true; // error: P0901
machine Node {
  start state S { ignore eElected; }
}
