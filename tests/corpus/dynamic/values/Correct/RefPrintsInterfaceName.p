// A machine reference prints as `<Interface>(<id>)` with the interface it was created through, not the bound machine's name; ids count from 1 in creation order (8.2, 8.5 Identity).
event ePing;

interface Store() receives ePing;

machine DiskStore {
  start state S { ignore ePing; }
}

machine Worker {
  start state W { }
}

machine Main {
  start state Run {
    entry {
      var s: Store;
      var w: machine;
      w = new Worker();
      s = new Store();
      assert format("{0} {1} {2}", this, w, s) == "Main(1) Worker(2) Store(3)", format("{0} {1} {2}", this, w, s);
    }
  }
}

test tcNames [main=Main]: { Main, Worker, DiskStore -> Store };
