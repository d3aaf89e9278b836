// bug: runtime-error
// Every node leaves the membership set, then `choose` picks from the empty set (8.3 choose).
machine Main {
  start state Gossip {
    entry {
      var members: set[int];
      var peer: int;
      members += (1);
      members += (2);
      members -= 1;
      members -= 2;
      peer = choose(members);
    }
  }
}
