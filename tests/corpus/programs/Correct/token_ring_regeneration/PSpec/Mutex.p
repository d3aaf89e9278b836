// At most one node is in its critical section.
spec MutualExclusion observes eEnterCS, eExitCS, eTokenSeen {
  var inside: set[int];
  var newest: int;
  var holderGen: map[int, int];

  start state Watching {
    on eTokenSeen do (s: (node: int, generation: int)) {
      holderGen[s.node] = s.generation;
      if (s.generation > newest) {
        newest = s.generation;
      }
    }
    on eEnterCS do (n: int) {
      assert sizeof(inside) == 0, format("node {0} enters while {1} inside", n, inside);
      inside += (n);
    }
    on eExitCS do (n: int) {
      inside -= n;
    }
  }
}

// Coverage: a regeneration happened.
scenario TokenRegenerated observes eTokenSeen {
  start state NoRegeneration {
    on eTokenSeen do (s: (node: int, generation: int)) {
      if (s.generation > 0) {
        goto Regenerated;
      }
    }
  }
  cold state Regenerated {
    ignore eTokenSeen;
  }
}
