// bug: assertion
// A chain of nodes created by nodes reports its depth back hop by hop; the root then polls with `on null`, whose handler sends itself eTick and receives it, and a goto in the case body runs Poll's exit before Done's entry; Done's own eTick then checks for exactly that (depth 3, times 10) and fails (8.5, 8.6 step 6).
event eLink: int; event eBack: int; event eTick;
machine Main {
  start state S { entry { new Node((d = 0, p = this)); } on eBack do (d: int) { assert d == 3; } }
}
machine Node {
  var depth: int; var parent: machine; var got: int;
  start state S {
    entry (a: (d: int, p: machine)) {
      depth = a.d; parent = a.p;
      if (depth < 3) { new Node((d = depth + 1, p = this)); }
      else { send parent, eBack, depth; }
    }
    on eBack do (d: int) {
      got = d;
      if (depth > 0) { send parent, eBack, d; } if (depth == 0) { goto Poll; }
    }
  }
  state Poll {
    on null do {
      send this, eTick;
      receive { case eTick: { goto Done; } }
    }
    exit { got = got * 10; }
  }
  state Done {
    entry { send this, eTick; }
    on eTick do { assert got != 30, "depth 3 reached the root and Poll's exit ran before Done's entry"; }
  }
}
