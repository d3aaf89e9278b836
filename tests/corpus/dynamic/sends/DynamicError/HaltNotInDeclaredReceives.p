// bug: runtime-error
// With an explicit `receives` clause, halt is not permitted unless listed, so `send m, halt` is a bug (8.7 step 2).
event eJob;

machine Worker receives eJob; {
  start state Work {
    on eJob do { }
  }
}

machine Main {
  start state Start {
    entry {
      var w: machine;
      w = new Worker();
      send w, eJob;
      send w, halt;
    }
  }
}
