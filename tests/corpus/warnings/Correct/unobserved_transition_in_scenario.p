// A transition on an unobserved event in a scenario is a warning, not an error (reference 4.6).
event eA;
event eB;
scenario SawA observes eA {
  start state Waiting {
    on eA goto Seen;
    on eB goto Seen; // warning: P0805
  }
  cold state Seen {
    ignore eA, eB;
  }
}
machine Main {
  start state S { entry { announce eA; announce eB; } }
}
