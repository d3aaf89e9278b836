// Every node learns all ids and elects the maximum, so all elected leaders agree (8.8).
event ePeers: seq[machine];
event eId: int;
event eLeader: int;

spec Agreement observes eLeader {
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
  var best: int;
  var heard: int;
  start state Init {
    entry (i: int) { id = i; best = i; }
    on ePeers do (peers: seq[machine]) {
      var p: machine;
      foreach (p in peers) { send p, eId, id; }
    }
    on eId do (other: int) {
      heard = heard + 1;
      if (other > best) { best = other; }
      if (heard == 3) { announce eLeader, best; }
    }
  }
}

machine Main {
  start state Start {
    entry {
      var nodes: seq[machine];
      var n: machine;
      nodes += (0, new Node(4));
      nodes += (1, new Node(9));
      nodes += (2, new Node(2));
      foreach (n in nodes) { send n, ePeers, nodes; }
    }
  }
}

test tcElection [main = Main]: assert Agreement in { Main, Node };
