// Two sends from one sender to one target are never reordered (8.7 ordering guarantee).
event eSeq: int;

machine Sink {
  var expected: int;
  start state Recv {
    on eSeq do (n: int) {
      assert n == expected, format("got {0}, expected {1}", n, expected);
      expected = expected + 1;
    }
  }
}

machine Source {
  start state Emit {
    entry (sink: machine) {
      var i: int;
      while (i < 6) {
        send sink, eSeq, i;
        i = i + 1;
      }
    }
  }
}

machine Main {
  start state Start {
    entry {
      var s: Sink;
      s = new Sink();
      new Source(s);
      new Source(new Sink());
    }
  }
}
