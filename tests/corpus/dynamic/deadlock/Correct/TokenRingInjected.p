// A ring of receive-driven nodes where the driver injects the token; it circulates a bounded number of times (8.6).
event eNext: machine;
event eToken: int;

machine Node {
  var next: machine;
  start state Init {
    entry {
      receive {
        case eNext: (n: machine) { next = n; }
      }
      goto Pass;
    }
  }
  state Pass {
    on eToken do (hops: int) {
      if (hops < 12) {
        send next, eToken, hops + 1;
      }
    }
  }
}

machine Main {
  start state Start {
    entry {
      var a: Node;
      var b: Node;
      var c: Node;
      a = new Node();
      b = new Node();
      c = new Node();
      send a, eNext, b;
      send b, eNext, c;
      send c, eNext, a;
      send a, eToken, 0;
    }
  }
}
