// bug: assertion
// A write survives one replica failure but not two; both `$` failures must happen (~25% of schedules) (8.3).
event eWrite: (owner: machine, v: int);
event eStored: bool;

machine Replica {
  start state Up {
    on eWrite do (w: (owner: machine, v: int)) {
      send w.owner, eStored, $;
    }
  }
}

machine Main {
  start state Write {
    entry {
      var ok: int;
      var i: int;
      send new Replica(), eWrite, (owner = this, v = 1);
      send new Replica(), eWrite, (owner = this, v = 1);
      while (i < 2) {
        receive {
          case eStored: (stored: bool) {
            if (stored) {
              ok = ok + 1;
            }
          }
        }
        i = i + 1;
      }
      assert ok >= 1, "both replicas failed the write";
    }
  }
}
