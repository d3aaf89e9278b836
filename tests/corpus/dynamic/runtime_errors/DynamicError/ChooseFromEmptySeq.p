// bug: runtime-error
// `choose` on an empty seq is a runtime error (8.3 choose).
event ePick;

machine Main {
  var backends: seq[string];
  start state Balance {
    entry {
      send this, ePick;
    }
    on ePick do {
      var target: string;
      target = choose(backends);
    }
  }
}
