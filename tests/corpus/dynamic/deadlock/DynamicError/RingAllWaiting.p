// bug: deadlock
// Three nodes in a ring each wait for a token before passing it; nobody injects one (8.9 deadlock).
event eNext: machine;
event eToken;

machine Node {
  start state Init {
    entry {
      var next: machine;
      receive {
        case eNext: (n: machine) { next = n; }
      }
      receive {
        case eToken: { }
      }
      send next, eToken;
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
    }
  }
}
