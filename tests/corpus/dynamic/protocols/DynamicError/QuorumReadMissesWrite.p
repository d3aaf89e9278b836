// bug: assertion
// Writes go to a majority of 2 of 3 replicas but reads ask just one, which may have missed the write (8.3 choose).
event eWrite: int;
event eRead: machine;
event eValue: int;

machine Replica {
  var value: int;
  start state Serve {
    on eWrite do (v: int) { value = v; }
    on eRead do (c: machine) { send c, eValue, value; }
  }
}

machine Main {
  start state Run {
    entry {
      var rs: seq[Replica];
      var skip: int;
      var i: int;
      while (i < 3) {
        rs += (i, new Replica());
        i = i + 1;
      }
      skip = choose(3);
      i = 0;
      while (i < 3) {
        if (i != skip) { send rs[i], eWrite, 7; }
        i = i + 1;
      }
      send rs[choose(3)], eRead, this;
      receive {
        case eValue: (v: int) { assert v == 7, format("read {0} after writing 7", v); }
      }
    }
  }
}
