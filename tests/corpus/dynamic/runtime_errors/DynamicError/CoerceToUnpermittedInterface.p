// bug: runtime-error
// `to` coercion of a machine ref to an interface whose events it does not permit fails (8.3 `to`).
event eRead;
event eWrite;
event eConfig: machine;

interface ReadOnly() receives eRead;
interface ReadWrite() receives eRead, eWrite;

machine Replica receives eRead; {
  start state Serve {
    on eRead do { }
  }
}

machine Main {
  start state Start {
    entry {
      var m: machine;
      var rw: ReadWrite;
      m = new Replica();
      rw = m to ReadWrite;
      send rw, eWrite;
    }
  }
}
