// `as` succeeds on values of the right kind and `to` narrows to an interface the ref permits (8.3).
event eRead;
event eWrite;

interface Reader() receives eRead;

machine Replica receives eRead, eWrite; {
  var reads: int;
  start state Serve {
    on eRead do { reads = reads + 1; }
    on eWrite do { }
  }
}

machine Main {
  start state Start {
    entry {
      var v: any;
      var m: machine;
      var r: Reader;
      var n: int;
      v = 41;
      n = (v as int) + 1;
      assert n == 42;
      v = (1, "one");
      assert (v as (int, string)).1 == "one";
      m = new Replica();
      r = m to Reader;
      send r, eRead;
      assert 2.9 to int == 2 && -2.9 to int == -2;
    }
  }
}
