// A scenario whose start state is cold is satisfied trivially (reference 4.6).
event eStep;
scenario Trivial observes eStep { start cold state Done { ignore eStep; } } // warning: P0806
machine Main {
  start state S { entry { announce eStep; } }
}
