// bug: assertion
// A leader broadcasts eCommit in a loop; follower 1 tells follower 2 it applied before the leader's send to 2 is delivered (8.10).
event eCommit: int;
event eApplied: int;
event ePeer: machine;

machine Follower {
  var peer: machine;
  var committed: int;
  start state Follow {
    on ePeer do (p: machine) { peer = p; }
    on eCommit do (idx: int) {
      committed = idx;
      if (peer != null) {
        send peer, eApplied, idx;
      }
    }
    on eApplied do (idx: int) {
      assert committed >= idx, format("peer applied {0} before this follower saw the commit", idx);
    }
  }
}

machine Main {
  start state Lead {
    entry {
      var followers: seq[machine];
      var f: machine;
      followers += (0, new Follower());
      followers += (1, new Follower());
      send followers[0], ePeer, followers[1];
      foreach (f in followers) {
        send f, eCommit, 1;
      }
    }
  }
}
