// The pre-P2 `pop;` statement no longer exists (reference 2.4, 6.7 item 2).
event eDone;
machine Stack {
  start state Top {
    on eDone do {
      pop; // error: P0102
    }
  }
}
