// A state that ignores `halt` keeps the machine running; later work is still handled (8.5 Halting).
event eWork;
event eQuery: machine;
event eCount: int;

machine Worker {
  var done: int;
  start state Busy {
    ignore halt;
    on eWork do {
      done = done + 1;
    }
    on eQuery do (who: machine) {
      send who, eCount, done;
    }
  }
}

machine Main {
  start state Start {
    entry {
      var w: Worker;
      w = new Worker();
      send w, eWork;
      send w, halt;
      send w, eWork;
      send w, eQuery, this;
    }
    on eCount do (n: int) {
      assert n == 2, format("worker stopped early after {0}", n);
    }
  }
}
