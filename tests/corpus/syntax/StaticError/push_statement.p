// The pre-P2 `push S;` statement no longer exists (reference 2.4, 6.7 item 2).
event eDeeper;
machine Stack {
  start state Top {
    on eDeeper do {
      push Inner; // error: P0102
    }
  }
  state Inner { }
}
