// bug: unhandled-event
// The same consumer without the `ignore`: the null handler can fire between two items, and the next item is unhandled in Done (8.5 null handler, 8.10).
event eItem: int;

machine Consumer {
  var got: int;
  start state Draining {
    on eItem do (n: int) { got = got + 1; }
    on null goto Done;
  }
  state Done {
    entry { assert got <= 3; }
  }
}

machine Main {
  start state Run {
    entry {
      var c: machine;
      c = new Consumer();
      send c, eItem, 1;
      send c, eItem, 2;
      send c, eItem, 3;
    }
  }
}
