// bug: assertion
// A gossip node picks a peer with choose(set) and may pick itself (8.3 choose(set)).
machine Main {
  start state Gossip {
    entry {
      var members: set[int];
      var self: int;
      var peer: int;
      var round: int;
      self = 3;
      members += (1);
      members += (2);
      members += (3);
      while (round < 3) {
        peer = choose(members);
        assert peer != self, format("node {0} gossiped with itself", self);
        round = round + 1;
      }
    }
  }
}
