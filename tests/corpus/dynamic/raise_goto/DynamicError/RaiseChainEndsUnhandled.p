// bug: unhandled-event
// A chain of raises (eParse -> eValidate -> eStore) ends with an event no handler takes (8.5 raise).
event eInput: string;
event eParse: string;
event eValidate: int;
event eStore: int;

machine Pipeline {
  start state Run {
    on eInput do (s: string) { raise eParse, s; }
    on eParse do (s: string) { raise eValidate, sizeof(ToSeq(s)); }
    on eValidate do (n: int) {
      if (n > 0) {
        raise eStore, n;
      }
    }
  }
  fun ToSeq(s: string): seq[string] {
    var r: seq[string];
    r += (0, s);
    return r;
  }
}

machine Main {
  start state Start {
    entry {
      send new Pipeline(), eInput, "42";
    }
  }
}
