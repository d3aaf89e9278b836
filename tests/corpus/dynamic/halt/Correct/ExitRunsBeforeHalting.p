// An unhandled halt runs the current state's exit first; the exit's final report reaches the owner (8.5 dispatch).
event eWrite: int;
event eClosed: int;

machine Journal {
  var owner: machine;
  var writes: int;
  start state Open {
    entry (o: machine) { owner = o; }
    on eWrite do (x: int) { writes = writes + 1; }
    exit {
      send owner, eClosed, writes;
    }
  }
}

machine Main {
  start state Start {
    entry {
      var j: Journal;
      j = new Journal(this);
      send j, eWrite, 1;
      send j, eWrite, 2;
      send j, halt;
      receive {
        case eClosed: (n: int) {
          assert n == 2, format("journal closed after {0} writes", n);
        }
      }
    }
  }
}
