// Two peers send their hello first and then receive the other's, so neither can block forever (8.6).
event eHello;
event ePeer: machine;

machine Peer {
  start state Init {
    entry {
      var other: machine;
      receive {
        case ePeer: (p: machine) { other = p; }
      }
      send other, eHello;
      receive {
        case eHello: { }
      }
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
