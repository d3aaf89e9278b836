// bug: assertion
// A sends x to B, then e1 to C; B answers x with e3 to C. Only P's per-send scheduling points let e3 reach C first (8.10).
event eX: machine;
event e1;
event e3;

machine C {
  var gotE1: bool;
  start state Recv {
    on e1 do { gotE1 = true; }
    on e3 do {
      assert gotE1, "e3 arrived before e1";
    }
  }
}

machine B {
  start state Serve {
    on eX do (c: machine) {
      send c, e3;
    }
  }
}

machine A {
  start state Run {
    entry (peers: (b: machine, c: machine)) {
      send peers.b, eX, peers.c;
      send peers.c, e1;
    }
  }
}

machine Main {
  start state Start {
    entry {
      var c: C;
      c = new C();
      new A((b = new B(), c = c));
    }
  }
}
