// A monitor that mutates its handler parameter does not change what the target receives (8.2, Appendix B 18).
event eBatch: seq[int];

spec BatchInspector observes eBatch {
  start state Watch {
    on eBatch do (b: seq[int]) {
      b += (0, -1);
      b[1] = 1000;
    }
  }
}

machine Consumer {
  start state Recv {
    on eBatch do (b: seq[int]) {
      assert sizeof(b) == 2 && b[0] == 1 && b[1] == 2, format("batch {0} was altered by the monitor", b);
    }
  }
}

machine Main {
  start state Start {
    entry {
      var batch: seq[int];
      batch += (0, 1);
      batch += (1, 2);
      send new Consumer(), eBatch, batch;
    }
  }
}

test tcCopy [main = Main]: assert BatchInspector in { Main, Consumer };
