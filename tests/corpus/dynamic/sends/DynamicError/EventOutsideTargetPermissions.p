// bug: runtime-error
// The target `receives eRead;` only, so sending it eWrite through a machine ref is a bug (8.7 step 2).
event eRead;
event eWrite;

machine Cache receives eRead; {
  start state Serve {
    on eRead do { }
  }
}

machine Main {
  start state Start {
    entry {
      var c: machine;
      c = new Cache();
      send c, eRead;
      send c, eWrite;
    }
  }
}
