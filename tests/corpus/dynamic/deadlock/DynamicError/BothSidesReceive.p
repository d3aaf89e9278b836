// bug: deadlock
// Two peers each wait for the other's hello before sending their own (8.6, 8.9).
event eHello;
event ePeer: machine;

machine Peer {
  start state Init {
    entry {
      var other: machine;
      receive {
        case ePeer: (p: machine) { other = p; }
      }
      receive {
        case eHello: { }
      }
      send other, eHello;
    }
  }
}

machine Main {
  start state Start {
    entry {
      var a: Peer;
      var b: Peer;
      a = new Peer();
      b = new Peer();
      send a, ePeer, b;
      send b, ePeer, a;
    }
  }
}
