// `goto` passes exactly as many arguments as the target entry has parameters (reference 6.2, 6.7 item 9 goto2, goto3).
machine Walker {
  start state A {
    entry {
      if ($) { goto B, 1; } // error: P0304
      if ($) { goto B, null; } // error: P0304
      if ($) { goto C; } // error: P0304
      goto C, 1, 2; // error: P0304
    }
  }
  state B { }
  state C {
    entry (n: int) { }
  }
}
