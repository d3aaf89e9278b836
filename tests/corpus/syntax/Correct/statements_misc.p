// Empty statements, nested blocks, while/foreach, call and new statements, multi-argument raise (reference 2.4).
event ePair: (int, bool);
event eGo;

machine Child {
  start state Idle { }
}

machine Parent {
  var xs: seq[int];
  var x: int;
  var sum: int;
  start state S {
    entry {
      ;
      { { x = 1; } }
      while (x < 4) { xs += (sizeof(xs), x); x = x + 1; }
      foreach (x in xs) { sum = sum + x; if (x == 2) { continue; } if (sum > 100) { break; } }
      new Child();
      Bump();
      raise ePair, 3, true;
    }
    on ePair do (p: (int, bool)) { if (p.1) { goto T; } }
  }
  state T {
    on eGo do { }
  }
  fun Bump() { sum = sum + 1; }
}
