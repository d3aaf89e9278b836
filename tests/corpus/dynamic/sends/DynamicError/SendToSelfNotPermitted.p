// bug: runtime-error
// `this` carries the machine's own receive set; sending itself an event outside it is a bug (8.7 step 2).
event eTick;
event eTock;

machine Clock receives eTick; {
  var n: int;
  start state Run {
    entry {
      send this, eTick;
    }
    on eTick do {
      n = n + 1;
      if (n == 2) {
        send this, eTock;
      } else {
        send this, eTick;
      }
    }
  }
}

machine Main {
  start state Start {
    entry {
      new Clock();
    }
  }
}
