// An event that is never sent, raised, announced or handled produces a warning (reference 4.3).
event eUsed;
event eForgotten; // warning: P0803
machine Worker {
  start state S {
    on eUsed do { }
  }
}
