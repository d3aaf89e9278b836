// bug: assertion
// Each node declares itself leader if no higher id has contacted it yet; a race elects two (8.8, 8.10).
event eHello: int;
event eLeader: int;
event ePeers: seq[machine];

spec OneLeader observes eLeader {
  var leader: int;
  start state Watch {
    on eLeader do (id: int) {
      assert leader == 0 || leader == id, format("leaders {0} and {1}", leader, id);
      leader = id;
    }
  }
}

machine Node {
  var id: int;
  var higherSeen: bool;
  start state Init {
    entry (i: int) { id = i; }
    on ePeers goto Campaign with (peers: seq[machine]) {
      var p: machine;
      foreach (p in peers) { send p, eHello, id; }
    }
  }
  state Campaign {
    entry {
      if (!higherSeen) { announce eLeader, id; }
    }
    on eHello do (other: int) {
      if (other > id) { higherSeen = true; }
    }
  }
}

machine Main {
  start state Start {
    entry {
      var nodes: seq[machine];
      var n: machine;
      nodes += (0, new Node(1));
      nodes += (1, new Node(2));
      foreach (n in nodes) { send n, ePeers, nodes; }
    }
  }
}

test tcElection [main = Main]: assert OneLeader in { Main, Node };
