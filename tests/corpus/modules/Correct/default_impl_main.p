// No test and no implementation plus a machine `Main`: DefaultImpl binds every non-spec machine (reference 7.4).
event eJob: int;
spec JobsPositive observes eJob {
  start state S {
    on eJob do (n: int) { assert n > 0; }
  }
}
machine Worker {
  start state S {
    on eJob do (n: int) { }
  }
}
machine Main {
  start state S {
    entry {
      send new Worker(), eJob, 3;
    }
  }
}
