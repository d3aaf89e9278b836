// `raise e, a, b` raises e with the tuple (a, b), handled before the next queued event (8.4, 8.5 raise).
event eCommand: string;
event eParsed: (string, int);
event eFlush;

machine Main {
  var log: seq[string];
  start state Run {
    entry {
      send this, eCommand, "set 5";
      send this, eFlush;
    }
    on eCommand do (c: string) {
      raise eParsed, "set", 5;
    }
    on eParsed do (p: (string, int)) {
      log += (sizeof(log), format("{0}={1}", p.0, p.1));
    }
    on eFlush do {
      assert sizeof(log) == 1 && log[0] == "set=5", format("log {0}", log);
    }
  }
}
