// Without a receives clause a machine permits every event plus halt, so `send m, halt` is fine (8.7 step 2).
event eJob;

machine Worker {
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
      send w, eJob;
    }
  }
}
