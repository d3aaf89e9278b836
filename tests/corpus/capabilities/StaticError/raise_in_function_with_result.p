// raise is only allowed in functions without a return type (reference 6.4 rule 1).
event eBad;
machine Parser {
  start state S {
    entry { Parse("x"); }
    on eBad goto S;
  }
  fun Parse(s: string): int {
    if (s == "") {
      raise eBad; // error: P0408
    }
    return 1;
  }
}
