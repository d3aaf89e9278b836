// With three replicas and at most one injected failure, a majority always stores the write (8.3).
event eWrite: (owner: machine, fail: bool);
event eStored: bool;

machine Replica {
  start state Up {
    on eWrite do (w: (owner: machine, fail: bool)) {
      send w.owner, eStored, !w.fail;
    }
  }
}

machine Main {
  start state Write {
    entry {
      var ok: int;
      var i: int;
      var victim: int;
      victim = choose(4);
      while (i < 3) {
        send new Replica(), eWrite, (owner = this, fail = i == victim);
        i = i + 1;
      }
      i = 0;
      while (i < 3) {
        receive {
          case eStored: (stored: bool) {
            if (stored) { ok = ok + 1; }
          }
        }
        i = i + 1;
      }
      assert ok >= 2, format("only {0} replicas stored the write", ok);
    }
  }
}
