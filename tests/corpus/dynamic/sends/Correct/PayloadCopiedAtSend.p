// A payload is a deep copy: the sender mutating its seq after the send does not change what arrives (8.2, 8.7).
event eBatch: seq[int];

machine Consumer {
  start state Recv {
    on eBatch do (b: seq[int]) {
      assert sizeof(b) == 2 && b[0] == 1 && b[1] == 2, format("batch changed in flight: {0}", b);
    }
  }
}

machine Main {
  start state Start {
    entry {
      var c: Consumer;
      var batch: seq[int];
      c = new Consumer();
      batch += (0, 1);
      batch += (1, 2);
      send c, eBatch, batch;
      batch[0] = 99;
      batch += (2, 3);
    }
  }
}
