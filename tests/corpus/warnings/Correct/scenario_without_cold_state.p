// A scenario without any cold state can never be satisfied (reference 4.6).
event eStep;
scenario NeverDone observes eStep { // warning: P0806
  start state A { on eStep goto B; }
  hot state B { ignore eStep; }
}
machine Main {
  start state S { entry { announce eStep; } }
}
