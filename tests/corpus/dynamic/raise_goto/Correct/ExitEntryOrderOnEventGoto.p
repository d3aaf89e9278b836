// `on e goto T with H`: the source's exit runs, then H with the payload, then T's entry with the same payload (8.5 Transition).
event eMove: int;

machine Main {
  var log: seq[string];
  start state A {
    entry { send this, eMove, 5; }
    exit { log += (sizeof(log), "exitA"); }
    on eMove goto B with (n: int) { log += (sizeof(log), format("with{0}", n)); }
  }
  state B {
    entry (n: int) {
      log += (sizeof(log), format("entryB{0}", n));
      assert format("{0}", log) == "(exitA, with5, entryB5)", format("{0}", log);
    }
  }
}
