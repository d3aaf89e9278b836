// A program that wants its spec checked declares `test DefaultImpl` explicitly (reference 7.4).
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
test DefaultImpl [main = Main]: assert JobsPositive in { Main, Worker };
