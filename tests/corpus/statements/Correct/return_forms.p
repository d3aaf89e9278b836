// `return;` in void functions and handlers; `return e;` with subtypes; `return;` where the return type admits null (reference 6.2, App. B 12).
machine Peer {
  start state S { }
}
fun Nothing() { return; }
fun AnyValue(): any { return 1; }
fun AsMachine(p: Peer): machine { return p; }
fun MaybeMachine(): machine { return; }
fun NoEvent(): event { return; }
fun Data(): data { return (1, "x"); }
machine Returner {
  start state S {
    entry {
      Nothing();
      if ($) { return; }
      AnyValue();
    }
    exit { return; }
  }
}
