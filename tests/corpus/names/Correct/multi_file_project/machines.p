// Machines in a second file use the types and events of the first (reference 2.1).
machine Runner {
  start state Idle {
    on eJob do (j: tJob) { Finish(j); }
  }
  fun Finish(j: tJob) { announce eDone, j.id; }
}
machine Submitter {
  start state S {
    entry { send new Runner(), eJob, (id = 1, owner = "me"); }
  }
}
