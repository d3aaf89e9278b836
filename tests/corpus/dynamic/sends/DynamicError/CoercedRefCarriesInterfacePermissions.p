// bug: runtime-error
// `m to I` gives a reference with I's permissions only; sending it an event the machine accepts but I does not list is a bug (8.3 `to`, 8.7 step 2).
event eRead;
event eWrite;

interface Reader() receives eRead;

machine Store {
  start state S {
    on eRead do { }
    on eWrite do { }
  }
}

machine Main {
  start state Run {
    entry {
      var m: machine;
      var r: Reader;
      m = new Store();
      send m, eWrite;
      r = m to Reader;
      send r, eRead;
      send r as machine, eWrite;
    }
  }
}

test tcStore [main=Main]: { Main, Store };
