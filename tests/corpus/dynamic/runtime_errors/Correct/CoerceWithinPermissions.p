// Coercing a machine ref to interfaces whose events it permits succeeds, and the result sends fine (6.1 to, 8.3).
event eRead: machine;
event eWrite: int;
event eValue: int;

interface Reader() receives eRead;
interface Writer() receives eWrite;

machine Register receives eRead, eWrite; {
  var v: int;
  start state Serve {
    on eRead do (c: machine) { send c, eValue, v; }
    on eWrite do (x: int) { v = x; }
  }
}

machine Main {
  start state Start {
    entry {
      var m: machine;
      var r: Reader;
      var w: Writer;
      m = new Register();
      w = m to Writer;
      r = m to Reader;
      send w, eWrite, 9;
      send r, eRead, this;
      receive { case eValue: (x: int) { assert x == 9; } }
    }
  }
}
