// A waits for B's ack before sending e1 to C, and B sends e3 to C before acking, so C always sees e3 first (8.7, 8.10).
event eX: machine;
event eAck;
event e1;
event e3;

machine C {
  var gotE3: bool;
  start state Recv {
    on e3 do { gotE3 = true; }
    on e1 do {
      assert gotE3, "e1 arrived before e3 despite the handshake";
    }
  }
}

machine B {
  var c: machine;
  start state Serve {
    entry (target: machine) { c = target; }
    on eX do (a: machine) {
      send c, e3;
      send a, eAck;
    }
  }
}

machine A {
  start state Run {
    entry (peers: (b: machine, c: machine)) {
      send peers.b, eX, this;
      receive {
        case eAck: { }
      }
      send peers.c, e1;
    }
  }
}

machine Main {
  start state Start {
    entry {
      var c: C;
      c = new C();
      new A((b = new B(c), c = c));
    }
  }
}
