// goto is only allowed in functions without a return type (reference 6.4 rule 1).
machine Parser {
  start state S {
    entry { Check(1); }
  }
  state Error { }
  fun Check(n: int): bool {
    if (n < 0) { goto Error; } // error: P0408
    return true;
  }
}
