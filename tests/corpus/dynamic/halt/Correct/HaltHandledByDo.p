// A state with `on halt do` handles halt like any event; the machine keeps running (8.5 Halting).
event eWork;
event eQuery: machine;
event eCount: int;

machine Worker {
  var halts: int;
  var done: int;
  start state Busy {
    on halt do { halts = halts + 1; }
    on eWork do { done = done + 1; }
    on eQuery do (c: machine) { send c, eCount, done * 10 + halts; }
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
      send w, halt;
      send w, eQuery, this;
    }
    on eCount do (n: int) {
      assert n == 22, format("worker state {0}", n);
    }
  }
}
