// bug: assertion
// A spec's exit function runs when it leaves a state and asserts a condition the run violates (8.8 goto).
event eOpen;
event eWrite;
event eClose;

spec WriteWhileOpen observes eOpen, eWrite, eClose {
  var writes: int;
  start state Closed {
    on eOpen goto Opened;
    ignore eWrite, eClose;
  }
  state Opened {
    on eWrite do { writes = writes + 1; }
    on eClose goto Closed;
    ignore eOpen;
    exit {
      assert writes > 0, "file closed without any write";
    }
  }
}

machine Editor {
  start state Run {
    entry {
      announce eOpen;
      if ($) {
        announce eWrite;
      }
      announce eClose;
    }
  }
}

test tcEditor [main = Editor]: assert WriteWhileOpen in { Editor };
