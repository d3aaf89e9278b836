// bug: runtime-error
// A negative seq index computed from an empty history is out of range (8.3 Indexing).
event eUndo;

machine Main {
  var history: seq[string];
  start state Edit {
    entry {
      send this, eUndo;
    }
    on eUndo do {
      var last: string;
      last = history[sizeof(history) - 1];
    }
  }
}
