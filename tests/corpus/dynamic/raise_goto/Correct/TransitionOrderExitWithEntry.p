// A transition runs the source exit, then the with-handler, then the target entry (8.5 Transition).
event eNext: int;

machine Main {
  var log: seq[string];
  start state A {
    entry {
      send this, eNext, 5;
    }
    exit {
      log += (sizeof(log), "exit A");
    }
    on eNext goto B with (n: int) {
      log += (sizeof(log), format("with {0}", n));
    }
  }
  state B {
    entry (n: int) {
      log += (sizeof(log), format("enter B {0}", n));
      assert sizeof(log) == 3, format("log {0}", log);
      assert log[0] == "exit A" && log[1] == "with 5" && log[2] == "enter B 5";
    }
  }
}
