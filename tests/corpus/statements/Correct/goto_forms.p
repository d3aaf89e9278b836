// `goto S;` and `goto S, v;` with the argument count equal to the entry's parameter count (reference 6.2).
machine Peer {
  start state S { }
}
machine Walker {
  start state A {
    entry {
      if ($) { goto B; }
      goto C, 5;
    }
  }
  state B {
    entry { goto D, (1, "x"); }
  }
  state C {
    entry (n: int) { goto E, new Peer(); }
  }
  state D {
    entry (p: (int, string)) { goto F, null; }
  }
  state E {
    entry (m: machine) { goto A; }
  }
  state F {
    entry (a: any) { goto G, (x = 1,); }
  }
  state G {
    entry Arrive;
  }
  fun Arrive(v: (x: int)) { }
}
